# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10, "a": -1})
print(d)
d.update([("y", 20), ("z", 30)])
d.update(w=40)
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print("a" in d, "zz" in d, 1 in d, "a" in d.keys(), -1 in d.values(), ("a", -1) in d.items())
c = d.copy()
c["new"] = 1
print(d, c, c is d)
c.clear()
print(c, len(c), bool(c))
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["u", "v"], [])
shared["u"].append(1)
print(shared)
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv)
k = d.keys()
d["late"] = True
print(k, len(k))
print(sorted({"b": 1, "a": 2}.items()), max({"x": 1, "y": 5}), min({"b": 0, "a": 9}.values()))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
m = {1: "a"} | {2: "b", 1: "c"}
print(m)
m |= {3: "d"}
print(m)
