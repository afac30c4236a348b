# A hot loop calling list methods through the type, whose self turns into a dict partway:
# the trace guards self's type (before, it appended into the dict's memory).

append, pop, insert = list.append, list.pop, list.insert


def run(out, n, bad_at, which):
    targets = [out] * n
    if bad_at >= 0:
        targets[bad_at] = {}
    for i in range(n):
        target = targets[i]
        if which == 0 or i % 7:
            append(target, i)
        if which == 1 or i % 3 == 0:
            insert(target, 0, -i)
        if which == 2 or i % 5 == 0:
            pop(target)
    return len(out)


out = []
for k in range(6):
    try:
        print(run(out, 400, 150 + 100 * (k % 3), k % 3))
    except TypeError as e:
        print("TypeError:", e, len(out), sum(out))
print(run(out, 300, -1, 0), sum(out), out[:5])
