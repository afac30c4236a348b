def squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1

def inner_loop(n):
    for k in range(n):
        s = 0.0
        for j in range(50):
            s += j * 0.5
        yield s + k

total = 0
for v in squares(500):
    total += v
print(total)
acc = 0.0
for v in inner_loop(40):
    acc += v
print(acc)
def strs(n):
    for i in range(n):
        yield str(i) * 3
print(len("".join(strs(1500))))
print(sum(len(s) for s in strs(1000)))
def lists():
    out = []
    for i in range(300):
        out.append([i] * 5)
        if i % 100 == 0:
            yield len(out)
for n in lists():
    print(n)
