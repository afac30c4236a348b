# sum and len
print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10))
print(sum([1.5, 2.5]), sum([1, 2.5]), sum([True, True, False]), sum([2 ** 64, 2 ** 64]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
print(sum({1: "a", 2: "b"}), sum({5, 6}), sum([x * x for x in range(5)]))
print(sum([-1, -2.5]), sum(range(0)), sum([1] * 1000), sum(range(1, 11), start=100))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len(""), len("abc"), len({}), len({"a": 1}))
print(len(set()), len({1, 2, 2}), len(range(10)), len(range(0, 100, 7)), len(range(10, 0, -3)), len(frozenset("aab")))
print(len(range(-5)), len(range(2 ** 40)), len(dict(a=1, b=2).items()), len("😀日本"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    len(range(2 ** 70))
except OverflowError as e:
    print("OverflowError:", e)
