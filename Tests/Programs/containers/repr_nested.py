# repr of nested and recursive containers
print([1, [2, [3, [4]]]], (1, (2,), ()), {"a": [1, {"b": (2, 3)}]})
print([None, True, 1.5, "s", ("t",), {1: 2}, set(), frozenset({1})])
print(repr([1, "two", 3.0]), str([1, "two", 3.0]), str(("x",)))
print([[], [[]], [[], []]], {(): []}, [{}], [set()])
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][2][0])
b = [a, a]
print(b)
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
m = {"list": []}
m["list"].append(m)
print(m)
print(repr("nested 'quotes'"), ["it's", 'say "x"'], {"k'": 'v"'})
print([1.0, -0.0, 1e100, float("inf")], (float("nan"),))
print({1: {2: {3: {}}}}, [[[[[]]]]])
print(str({"a": "b"}), repr({"a": "b"}), f"{[1, 'a']}", "%s" % [[1], 'x'])
s = [0] * 3
s[1] = s
print(s, [s])
