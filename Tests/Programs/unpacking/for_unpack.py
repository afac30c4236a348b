# Unpacking in for loops
for i, (a, b) in enumerate([(1, 2), (3, 4), (5, 6)]):
    print(i, a, b, a * b)
for i, ch in enumerate("abc", 1):
    print(i, ch)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for a, b, c in ["abc", "def"]:
    print(c, b, a)
for (a, b), c in zip([(1, 2), (3, 4)], "pq"):
    print(a, b, c)
for n, (x, y, *rest) in enumerate([[1, 2], [3, 4, 5, 6]]):
    print(n, x, y, rest)
for name, score in sorted({"bob": 72, "al": 90, "cy": 85}.items(), key=lambda kv: -kv[1]):
    print(name, score)
total = 0
for a, b in zip(range(5), range(10, 15)):
    total += a * b
print(total)
rows = [("id", "name"), (1, "ann"), (2, "ben")]
header, *body = rows
print(header)
for ident, name in body:
    print(ident, name.title())
pairs = [[1, 'a'], [2, 'b']]
for pair in pairs:
    n, s = pair
    print(s * n)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
