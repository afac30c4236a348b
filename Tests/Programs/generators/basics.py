def gen(n):
    for i in range(n):
        yield i * i
    return "done"

g = gen(4)
print(type(g).__name__, g.__name__, g.__qualname__)
print(list(g))
print(sum(gen(10)), max(gen(5)), sorted(gen(4), reverse=True))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(next(g, "dflt"))

def echo():
    x = None
    while True:
        x = yield x
        if x == "q":
            return 42

e = echo()
print(e.send(None), e.send(1), e.send("a"))
try:
    e.send("q")
except StopIteration as s:
    print("value", s.value)

def sub():
    r = yield 1
    print("sub got", r)
    yield 2
    return "subret"

def outer():
    v = yield from sub()
    print("outer got", v)
    yield from [10, 20]
    yield from range(3)

o = outer()
print(next(o)); print(o.send("hello")); print(list(o))
print(list(x * 2 for x in range(5)))
print(sum(x for x in range(100) if x % 3 == 0))
t = (i for i in [1,2,3])
print(iter(t) is t)
print(dict((k, k*k) for k in range(3)))
def closure():
    n = 10
    def g():
        for i in range(3):
            yield i + n
    return g
print(list(closure()()))
print(list(zip(gen(3), "abc")), list(enumerate(gen(3))), list(map(str, gen(3))))
print(tuple(gen(3)), set(gen(3)), "-".join(str(x) for x in gen(4)))
print(any(x > 5 for x in gen(5)), all(x < 100 for x in gen(5)), min(gen(5)))
a, b, c = gen(3)
print(a, b, c, [*gen(3)])
