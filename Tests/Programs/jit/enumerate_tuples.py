# enumerate() over lists in traces: the (index, item) pair is built only when something
# keeps it; unpacking takes it apart without building it. Item types change, the list
# grows while enumerated, and a start value is given.

def weighted(xs):
    s = 0
    for i, x in enumerate(xs):
        s += i * x
    return s


def kept(xs):
    pairs = []
    for p in enumerate(xs, 10):
        if p[0] % 500 == 0:
            pairs.append(p)
    return pairs


def growing(xs):
    n = 0
    for i, x in enumerate(xs):
        if i < 1000 and i % 3 == 0:
            xs.append(x + 1)
        n += x
    return n, len(xs)


def swaps(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + i          # a tuple built and unpacked at once
    return a, b


xs = list(range(3000))
print(weighted(xs))
xs[2000] = 0.5                     # a float item
print(weighted(xs))
xs[2500] = 10 ** 30                # a big int item
print(weighted(xs))
print(kept(list(range(3000))))
print(growing(list(range(2000))))
print(swaps(3000))


def nested(rows):
    # enumerate in an inner loop: the outer loop's trace runs the inner loop's machine
    # code, which returns at the enumerate's end, and records the jump out of it.
    t = 0
    for j in range(rows):
        for i, x in enumerate(xs[:50]):
            t += i * x + j
    return t


print(nested(600))
