# min and max with key and default
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min(3, 1, 4), max("hello"), min("hello"))
print(max([1, 2.5, -3]), min([1.0, 1]), max([1, 1.0]), min(-0.0, 0.0), max(0.0, -0.0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max("a", "bb", "cc", key=len), min([(1, "b"), (1, "a")]), max({"x": 3, "y": 1}))
print(max([], default="empty"), min([], default=None), max([5], default=0), min((), default=-1))
print(max([-5, 3, -9], key=abs), min([-5, 3, -9], key=abs), max([2, -2], key=abs), min([2, -2], key=abs))
d = {"a": 3, "b": 7, "c": 5}
print(max(d, key=lambda k: d[k]), min(d.items(), key=lambda kv: kv[1]), max(d.values()))
print(max(range(10), key=lambda v: (v % 4, -v)), min("zyx", "abc", "mno"))
print(max([[1, 2], [3], [1, 5]]), min([[1, 2], [3], [1, 5]], key=len), max(True, 0), max(False, 0))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
print(max(float("nan"), 1), max(1, float("nan")), min([2 ** 70, 2 ** 69 * 3]))
