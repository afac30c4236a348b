# A list mutated (appended to, shrunk, items replaced by other types) while a traced
# loop indexes it.
def run(xs, n):
    s = 0
    i = 0
    while i < n:
        s += xs[i % len(xs)]
        if i == 3000:
            xs.append(100)
        if i == 5000:
            del xs[0]
        if i == 7000:
            xs[1] = 0.25
        i += 1
    return s

print(run(list(range(10)), 9000))

def shrink(xs):
    total = 0
    for i in range(len(xs)):
        if i < len(xs):
            total += xs[i]
        if i == 2500:
            del xs[-1000:]
    return total, len(xs)

print(shrink(list(range(4000))))
