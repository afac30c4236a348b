# Equality and ordering comparisons of lists and tuples
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], []), ([], [0]),
         ([2], [1, 9, 9]), ([1, [2, 3]], [1, [2, 4]]), (["a", "b"], ["a", "c"]), ([1.0], [1]),
         ([0, 1], [0, True]), (["abc"], ["abd"])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) < (1, 0), ((1, 2), 3) < ((1, 3), 0))
print([1, 2] < [1, 2], [3] > [2, 100], ("b",) > ("a", "z"), [None] == [None])
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "a"), (1, "z"), (1, "b")]))
print(sorted([[3], [1, 2], [1], [], [2, 0]]))
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, None) < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print([1, "x"] == [1, "x"], [1, "x"] < [2, 0], (1, [2]) == (1, [2]))
print([float("nan")] == [float("nan")], [1, 2] != (1, 2))
