# Bounds checks on constant indexes of one list are merged into one check of the largest
# index, made at the first: when a list is too short, the trace leaves earlier than the
# interpreter would fail, and the interpreter then does the work and raises where CPython
# does.

def pairs(rows):
    total = 0.0
    seen = 0
    for r in rows:
        try:
            total += r[0] * 2.0 + r[1]
            seen += 1
            total += r[4] - r[2]
        except IndexError as e:
            print("short row", len(r), "after", seen, "rows:", e)
    return total, seen


rows = [[float(i), 1.0, 2.0, 3.0, 4.0 + i] for i in range(3000)]
rows[2500] = [1.0, 2.0, 3.0]
rows[2700] = [5.0]
print(pairs(rows))
rows[10] = []
print(pairs(rows))
