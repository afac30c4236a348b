# Dict comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"one": 1, "two": 2, "three": 3}.items()})
print({w: len(w) for w in "some words are longer".split() if len(w) > 3})
print({c: "aabbbcd".count(c) for c in "aabbbcd"})
print({i: [j for j in range(i)] for i in range(4)})
print({(x, y): x * y for x in range(3) for y in range(2)})
print({x % 3: x for x in range(10)})
d = {"b": 2, "a": 1, "c": 3}
print({k: d[k] for k in sorted(d)})
print({k: v for k, v in d.items() if v != 2})
print({str(i): i % 2 == 0 for i in range(5)})
print({})
print(dict([(i, chr(65 + i)) for i in range(5)]))
print({k.upper(): v * 10 for k, v in zip("xyz", [1, 2, 3])})
squares = {n: n ** 2 for n in range(1, 11)}
print(sum(squares.values()), list(squares)[:3], squares[7])
