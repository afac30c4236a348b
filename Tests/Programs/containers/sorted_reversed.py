# sorted() and reversed()
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 0, 1: 0}))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed([])), "".join(reversed("stressed")), list(reversed(range(10, 0, -3))))
r = reversed([1, 2, 3])
print(next(r), next(r), list(r), list(r))
print(list(reversed({"a": 1, "b": 2})), list(reversed(list({"x": 0, "y": 0}.items()))))
lst = [5, 3, 8]
new = sorted(lst)
print(lst, new)
print(sorted([(2, "b"), (1, "b"), (2, "a")], key=lambda t: t[1]))
print(sorted([1, 2, 3], key=lambda v: 0), sorted([], reverse=True))
print(sorted(range(-3, 4), key=lambda v: v * v))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
