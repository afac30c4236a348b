# range objects: attributes, len, indexing, slicing, membership
r = range(2, 20, 3)
print(r, r.start, r.stop, r.step, len(r), list(r))
print(r[0], r[1], r[-1], r[-2], r[len(r) - 1])
print(r[1:3], r[::-1], r[::2], r[10:], r[-3:], list(r[1:4]))
print(5 in r, 6 in r, 20 in r, 2 in r, 17 in r, -1 in r, 5.0 in r, "x" in r)
print(r.index(8), r.count(8), r.count(9))
print(range(5), range(0, 5), range(1, 10, 2), range(10, 0, -1), range(0))
print(range(5) == range(0, 5), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == range(2))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(0, -10, -1)))
print(list(range(10, 0, -3)[::-1]), range(10)[3:7][1], range(-5, 5)[::4])
print(range(0, 10 ** 20, 7)[10 ** 18], len(range(0, 10 ** 15, 7)), 10 ** 19 in range(0, 10 ** 20, 5))
print(bool(range(0)), bool(range(1)), list(reversed(range(4))), sum(range(1, 5)))
print(type(range(3)).__name__)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    r.start = 1
except AttributeError as e:
    print("AttributeError:", e)
print(min(range(5, 0, -1)), max(range(3)), sorted(range(3, 0, -1)), tuple(range(3)))
