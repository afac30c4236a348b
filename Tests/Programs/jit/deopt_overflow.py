# An int that overflows into a big int mid-loop: the overflow guard fails and the
# interpreter produces the big int.
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + 1
    return x

print(grow(30))
print(grow(2000) % 1000000007)

def accumulate(n):
    s = 2**62 - 3000 * 3000
    for i in range(n):
        s += i * 2
    return s

print(accumulate(4000))

def shifts(n):
    v = 1
    out = []
    for i in range(n):
        v = (v << 1) | 1
        if i % 500 == 0:
            out.append(len(str(v)))
    return out

print(shifts(3000))
