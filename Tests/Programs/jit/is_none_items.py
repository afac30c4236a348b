# `x is None` / `x is not None` on values read from tuples and lists, whose type
# changes between iterations: the trace must guard the type it saw, not fold the test.


def first_positive(pairs):
    best = None
    for p in pairs:
        t = p[1]
        if t is not None and t > -0.5:
            if best is None or t < best[1]:
                best = p
    return best


def count_nones(items):
    n = 0
    for x in items:
        if x is None:
            n += 1
        elif x is not None and x > 3:
            n += 100
    return n


rows = []
for k in range(3000):
    rows.append((k, None if k % 7 == 3 else (k % 11) - 5.0))
print(first_positive(rows))
print(first_positive([(i, float(i)) for i in range(2000)] + [(-1, None), (-2, -0.25)]))
vals = [i % 9 for i in range(2500)] + [None] * 5 + [7, None, 2.5, None]
print(count_nones(vals))
print(count_nones([None] * 1500 + list(range(1500))))
