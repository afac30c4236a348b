"""Compare Lib/functools, operator, copy, string and io with CPython's. (array is built
into Swoop in Swift; Tests/Programs/library/array_typed.py checks it.)"""
import copy as rcopy
import functools as rfunctools
import io as rio
import operator as roperator
import string as rstring
import sys
from libload import differs, load

failures = 0


def check(label, f, real, mine):
    global failures
    failures += differs(label, f, real, mine)


# ----- functools -----
R, M = rfunctools, load("functools")
check("reduce", lambda m: m.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), R, M)
check("reduce init", lambda m: m.reduce(lambda a, b: a + b, [], 7), R, M)
check("reduce empty", lambda m: m.reduce(lambda a, b: a + b, []), R, M)
check("reduce noniter", lambda m: m.reduce(lambda a, b: a + b, 3), R, M)
check("partial", lambda m: (m.partial(pow, 2)(5), m.partial(int, base=2)("101"),
                            m.partial(m.partial(max, key=abs), -9)(3), m.partial(sorted, reverse=True)([1, 3, 2])), R, M)
check("partial attrs", lambda m: (m.partial(max, 1, key=abs).args, m.partial(max, 1, key=abs).keywords), R, M)
check("partial repr", lambda m: repr(m.partial(max, 1, key=abs)), R, M)
check("partial bad", lambda m: m.partial(3), R, M)


def lru(m):
    calls = []

    @m.lru_cache(maxsize=3)
    def f(x):
        calls.append(x)
        return x * 2
    out = [f(i % 5) for i in [1, 2, 3, 1, 4, 1, 2, 5, 5, 3, 1]]
    out.append(calls)
    out.append(tuple(f.cache_info()))
    out.append(repr(f.cache_info()))
    out.append(f.cache_info().hits)
    f.cache_clear()
    out.append(tuple(f.cache_info()))

    @m.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    out.append(fib(80))
    out.append(tuple(fib.cache_info()))

    @m.lru_cache
    def g(a, b=1):
        return a + b
    out.append([g(1), g(1, 2), g(1, b=2), g(1), g(a=1)])
    out.append(tuple(g.cache_info()))
    out.append(g.__name__)

    @m.cache
    def h(x):
        return -x
    out.append([h(1), h(1), h(2.0), h(2)])
    out.append(tuple(h.cache_info()))
    z = m.lru_cache(0)(abs)
    out.append([z(-1), z(-1), tuple(z.cache_info())])
    t = m.lru_cache(typed=True)(lambda x: x)
    out.append([t(1), t(1.0), t(1), tuple(t.cache_info())])
    return out


check("lru_cache", lru, R, M)
check("lru bad", lambda m: m.lru_cache("x"), R, M)


def wraps_test(m):
    def deco(f):
        @m.wraps(f)
        def wrapper(*a):
            return f(*a)
        return wrapper

    @deco
    def named(x):
        "doc here"
        return x
    return named.__name__, named.__doc__, named.__wrapped__ is not None, named(3)


check("wraps", wraps_test, R, M)


def cmpkey(m):
    def cmp(a, b):
        return (a > b) - (a < b)
    return sorted([5, 2, 8, 1], key=m.cmp_to_key(lambda a, b: cmp(b, a)))


check("cmp_to_key", cmpkey, R, M)


def total(m):
    @m.total_ordering
    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, o):
            return self.v == o.v

        def __lt__(self, o):
            return self.v < o.v
    a, b = V(1), V(2)
    return [a < b, a > b, a <= b, a >= b, b >= a, a <= V(1), a >= V(1), a > V(1)]


check("total_ordering", total, R, M)


def total_ge(m):
    @m.total_ordering
    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, o):
            return self.v == o.v

        def __ge__(self, o):
            return self.v >= o.v
    a, b = V(1), V(2)
    return [a < b, a > b, a <= b, a >= b, b >= a, a <= V(1), a >= V(1), a > V(1)]


check("total_ordering ge", total_ge, R, M)


def total_none(m):
    @m.total_ordering
    class V:
        pass


check("total_ordering none", total_none, R, M)

# ----- operator -----
R, M = roperator, load("operator")
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_",
             "xor", "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not", "concat", "contains", "getitem",
             "countOf", "indexOf"]:
    for a, b in [(7, 3), (-7, 2), ([1, 2, 1], 1), ("abc", "b"), ((1, 2), 0), (2.5, 2)]:
        check("op %s %r %r" % (name, a, b), lambda m: getattr(m, name)(a, b), R, M)
for name in ["neg", "pos", "abs", "inv", "invert", "not_", "truth", "index", "length_hint"]:
    for a in [5, -3, 0, 2.5, [1], True]:
        check("op %s %r" % (name, a), lambda m: getattr(m, name)(a), R, M)


def inplace(m):
    a = [1]
    b = m.iadd(a, [2])
    c = m.iadd(3, 4)
    d = m.imul("ab", 2)
    e = m.ior({1}, {2})
    return a, b is a, c, d, e, m.isub(5, 2), m.itruediv(1, 4), m.ifloordiv(7, 2), m.imod(7, 3), m.ipow(2, 5)


check("inplace", inplace, R, M)


def items(m):
    d = {"a": 1, "b": 2}
    lst = [10, 20, 30]
    out = [m.itemgetter(1)(lst), m.itemgetter(0, 2)(lst), m.itemgetter("b")(d), m.itemgetter(slice(1, None))(lst),
           repr(m.itemgetter(1, 'a')), repr(m.itemgetter(1)), sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=m.itemgetter(1))]
    m.setitem(lst, 0, 5)
    m.delitem(lst, 1)
    out.append(lst)
    return out


check("itemgetter", items, R, M)
check("itemgetter err", lambda m: m.itemgetter(5)([1]), R, M)


class _A:
    pass


def attrs(m):
    a = _A()
    a.x = 1
    a.b = _A()
    a.b.c = "deep"
    return [m.attrgetter("x")(a), m.attrgetter("b.c")(a), m.attrgetter("x", "b.c")(a),
            repr(m.attrgetter("a.b", "c")), m.methodcaller("upper")("abc"),
            m.methodcaller("split", ",", 1)("a,b,c"), m.methodcaller("count", "a")("banana"),
            repr(m.methodcaller("f", 1, k=2))]


check("attrgetter", attrs, R, M)
check("attrgetter missing", lambda m: m.attrgetter("zz")(_A()), R, M)
check("attrgetter bad", lambda m: m.attrgetter(1), R, M)
check("methodcaller bad", lambda m: m.methodcaller(1), R, M)
check("indexOf missing", lambda m: m.indexOf([1], 5), R, M)
check("index float", lambda m: m.index(1.5), R, M)
check("call", lambda m: m.call(max, 1, 5, 2), R, M)

# ----- copy -----
R, M = rcopy, load("copy")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        c = Custom()
        c.log = ["copied"] + self.log
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep"] + self.log
        return c


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


class MyList(list):
    pass


def copies(m):
    inner = [1, 2]
    data = {"k": inner, "t": (inner, 3), "s": {1, 2}, "f": frozenset([3]), "n": None, "p": Point([1], 2)}
    sh = m.copy(data)
    dp = m.deepcopy(data)
    out = [sh == data, sh is data, sh["k"] is inner, dp["k"] is inner, dp["k"] == inner,
           dp["t"][0] is dp["k"], dp["t"][0] is inner, repr(dp["p"]), dp["p"] is data["p"],
           dp["p"].x is data["p"].x, m.copy(data["p"]).x is data["p"].x]
    t = (1, 2, "x")
    out.append(m.deepcopy(t) is t)
    out.append(m.copy(t) is t)
    rec = [1]
    rec.append(rec)
    d2 = m.deepcopy(rec)
    out.append(d2[1] is d2)
    out.append(d2 is rec)
    c = Custom()
    c.log.append("orig")
    out.append(m.copy(c).log)
    out.append(m.deepcopy(c).log)
    s = Slotted()
    s2 = m.copy(s)
    s3 = m.deepcopy(s)
    out.append([s2.a is s.a, s3.a is s.a, s3.a, s3.b])
    ml = MyList([[1], 2])
    ml.tag = "t"
    ml2 = m.deepcopy(ml)
    ml3 = m.copy(ml)
    out.append([type(ml2).__name__, ml2, ml2[0] is ml[0], ml2.tag, type(ml3).__name__, ml3[0] is ml[0]])
    out.append(m.deepcopy([len, abs, Point, 3.5, 2 ** 100, "s", b"b", range(3)]))
    shared = [0]
    pair = [shared, shared]
    p2 = m.deepcopy(pair)
    out.append(p2[0] is p2[1])
    out.append(m.copy(bytearray(b"ab")))
    e = ValueError("bad", 3)
    out.append(repr(m.copy(e)))
    out.append(repr(m.deepcopy(e)))
    return out


check("copy", copies, R, M)

# ----- string -----
R, M = rstring, load("string")
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
             "punctuation", "printable", "whitespace"]:
    check("string." + name, lambda m: getattr(m, name), R, M)
for s, sep in [("hello world  again", None), ("  a  b ", None), ("a-b-c", "-"), ("aXXbXc", "XX"), ("", None), ("x--y", "-")]:
    check("capwords %r %r" % (s, sep), lambda m: m.capwords(s, sep), R, M)

# ----- io -----
R, M = rio, load("io")


def stringio(m):
    out = []
    s = m.StringIO("abc\ndef\nghi")
    out += [s.read(2), s.tell(), s.readline(), s.readlines(), s.read(), s.readline()]
    s.seek(0)
    out += [s.write("XY"), s.getvalue(), s.tell()]
    s.seek(20)
    s.write("z")
    out.append(s.getvalue())
    out.append(s.seek(0, 2))
    t = m.StringIO()
    for i in range(5):
        t.write("line %d\n" % i)
    out.append(t.getvalue())
    t.seek(0)
    out.append(list(t))
    t.seek(0)
    out.append([line for line in t])
    t.seek(3)
    out.append(t.truncate())
    out.append(t.getvalue())
    t.writelines(["a", "b"])
    out.append(t.getvalue())
    out.append([t.readable(), t.writable(), t.seekable(), t.closed])
    t.close()
    out.append(t.closed)
    u = m.StringIO("a\r\nb\rc\n", newline="")
    out.append(list(u))
    v = m.StringIO("a\r\nb\rc\n", newline=None)
    out.append(v.getvalue())
    out.append(list(v))
    w = m.StringIO(newline="\r\n")
    w.write("x\ny\n")
    out.append(w.getvalue())
    w.seek(0)
    out.append(w.readline(1))
    out.append(w.readline())
    x = m.StringIO("hello")
    out.append(x.read(-1))
    out.append(x.read(100))
    x.seek(1)
    x.write("EL")
    out.append(x.getvalue())
    out.append(x.read())
    with m.StringIO("w") as y:
        out.append(y.read())
    out.append(y.closed)
    print("to buf", 1, 2, file=x)
    out.append(x.getvalue())
    return out


check("StringIO", stringio, R, M)
for i, f in enumerate([lambda s: s.seek(-1), lambda s: s.seek(1, 1), lambda s: s.seek(0, 3), lambda s: s.write(3),
                       lambda s: s.truncate(-1)]):
    check("StringIO err %d" % i, lambda m: f(m.StringIO("abc")), R, M)
check("StringIO init err", lambda m: m.StringIO(3), R, M)
check("StringIO newline err", lambda m: m.StringIO("", newline="x"), R, M)


def closed_ops(m):
    s = m.StringIO()
    s.close()
    return s.read()


check("StringIO closed", closed_ops, R, M)

print("misc: %d failures" % failures)
sys.exit(1 if failures else 0)
