# Comprehension scoping: loop variables do not leak
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    k = 5
    return [k * i for i in range(4)]
print(f())
def g():
    items = [1, 2, 3]
    factor = 3
    return {i: i * factor for i in items}
print(g())
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
i = "untouched"
_ = {i for i in range(5)}
print(i)
_ = {i: i for i in range(5)}
print(i)
n = 3
print([[n * a + b for b in range(n)] for a in range(n)])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
def outer():
    total = 0
    vals = [total + v for v in range(3)]
    return vals, total
print(outer())
print([c for c in "abc" for c in c * 2])
print([[i for i in range(i)] for i in range(4)])
