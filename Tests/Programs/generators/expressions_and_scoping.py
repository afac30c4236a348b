def src(tag):
    print("evaluating", tag)
    return [1, 2]
g = (x * y for x in src("outer") for y in src("inner"))
print("created")
print(list(g))
r = repr(g)
print(r.startswith("<generator object <genexpr> at 0x"), r.endswith(">"))
def named(): yield
print(repr(named()).split(" at ")[0])
def outerf():
    def innerg(): yield 1
    return innerg()
print(repr(outerf()).split(" at ")[0], outerf().__qualname__)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
n = 3
g = (i + n for i in range(2))
n = 100
print(list(g))
x = 10
g = (x for x in range(3))
print(list(g), x)
lam = lambda: (yield 7)
lg = lam()
print(next(lg))
try:
    lg.send("s")
except StopIteration as e:
    print("lambda returned", e.value)
def gen_kw(a, *args, b=2, **kw):
    yield a; yield args; yield b; yield kw
print(list(gen_kw(1, 2, 3, b=4, c=5)))
def g3():
    yield 1
print(g3().send(None))
try:
    g3().throw(1)
except TypeError as e:
    print("TypeError:", e)
def empty():
    return
    yield
print(list(empty()))
def ystmt():
    x = yield
    print("got", x)
    y = yield x, 2
    print("got", y)
s = ystmt()
print(s.send(None), s.send("A"))
try:
    s.send("B")
except StopIteration:
    print("done")
print(bool(g3()), callable(g3()), callable(g3))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
