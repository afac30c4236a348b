# Nested unpacking
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
(a, (b, (c, d))) = (1, (2, (3, 4)))
print(a, b, c, d)
[(a, b), [c, d]] = [(1, 2), (3, 4)]
print(a, b, c, d)
(x, y), (z, w) = "ab", "cd"
print(x, y, z, w)
points = [((0, 0), "origin"), ((1, 2), "p"), ((-3, 4), "q")]
for (px, py), name in points:
    print(name, px, py, px * px + py * py)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print(m00 * m11 - m01 * m10)
data = {"a": (1, [2, 3])}
for key, (n, (p, q)) in data.items():
    print(key, n, p, q)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print("TypeError:", e)
