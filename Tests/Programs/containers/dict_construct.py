# Constructing dicts and iteration order
print(dict(a=1, b=2), dict(), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print(dict(zip(["one", "two", "three"], [1, 2, 3])))
print(dict(zip("abc", range(10))), dict([["p", 1], ("q", 2)]), dict(["ab", "cd"]))
print(dict({"a": 1}, b=2), dict([("a", 1)], a=3))
d = {}
for word in ["zebra", "apple", "mango", "apple", "kiwi"]:
    d[word] = len(word)
print(d, list(d))
d["zebra"] = 0
print(list(d))
del d["apple"]
d["apple"] = 99
print(list(d.items()))
ordered = {3: "c", 1: "a", 2: "b"}
print(ordered, list(ordered.keys()), [ordered[k] for k in ordered])
mixed = {1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", True: "bool?", frozenset(): "fs"}
print(mixed, len(mixed))
for k in mixed:
    print(repr(k), "->", mixed[k])
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {} == dict())
d2 = {i: i * i for i in range(5)}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2)
try:
    for k in d2:
        d2[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
nested = {"outer": {"inner": {"deep": [1, 2, {"x": None}]}}}
print(nested["outer"]["inner"]["deep"][2]["x"], nested)
counts = {}
for ch in "abracadabra":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
