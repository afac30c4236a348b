def g(n=4):
    yield from range(n)
print(2 in g(), 9 in g(), 2 not in g())
l = [0]; l.extend(g()); print(l)
s = {9}; s.update(g()); print(sorted(s))
d = {}; d.update((k, k * 2) for k in g()); print(d)
print(dict((str(k), k) for k in g()), sorted(g(), key=lambda v: -v))
print(*g()); print(*g(), sep=",")
def f(*a): return a
print(f(*g()), [*g(), *g(2)], (*g(),), {*g()})
print(list(filter(None, g())), list(enumerate(g(), 1)), max(g(), key=lambda v: v % 3))
print(", ".join(str(v) for v in g()))
for i, (a, b) in enumerate((x, x * x) for x in g(3)):
    print(i, a, b)
try:
    len(g())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(g())
except TypeError as e:
    print("TypeError:", e)
try:
    g()[0]
except TypeError as e:
    print("TypeError:", e)
x, *rest = g(5)
print(x, rest)
print(list(zip(*((i, i + 1) for i in range(3)))))
print(frozenset(g()) == frozenset(range(4)), tuple(reversed(list(g()))))
it = iter(g())
print(next(it), list(it))
print(list(map(lambda a, b: a + b, g(), g())))
print(sum(g(), 10), min(g(), default=5), min((x for x in []), default=5))
print(list(iter(g().__next__, 2)))
