# Loop-invariant code motion: what a trace hoists into its preamble (range steps and
# bounds, list lengths and items, globals' versions) is checked again on every entry,
# so changes made between two runs of the same loop must be seen.

def total(start, stop, step):
    s = 0
    for i in range(start, stop, step):
        s += i
    return s


def weighted(xs, w):
    s = 0.0
    for x in xs:
        s += x * w[0] + w[1]
    return s


def scan(xs, limit):
    i = 0
    n = 0
    while i < len(xs):
        if xs[i] > limit:
            n += 1
        i += 1
    return n


SCALE = 2


def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s


for step in (1, 2, 1, 3, 7, 1, -1):
    print("total", step, total(0, 3000, step), total(3000, 0, step))

weights = [1.5, 0.25]
data = [float(i % 17) for i in range(2000)]
for k in range(6):
    print("weighted", k, weighted(data, weights))
    weights[k % 2] += 1.0
    if k == 3:
        data.append(3.5)
        weights = [2, 1]          # ints now

xs = list(range(3000))
for limit in (10, 1500, 2999, -1):
    print("scan", limit, scan(xs, limit))
    xs.pop()
    xs[0] = 10 ** 20               # a big int in an int list

for k in range(5):
    print("scaled", k, scaled(2000))
    SCALE = SCALE * 3 if k != 2 else 0.5
