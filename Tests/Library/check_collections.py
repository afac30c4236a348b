"""Compare Lib/collections with CPython's collections."""
import collections as real
import sys
from libload import differs, load, outcome as run

mine = load("collections")
failures = 0


def check(label, f):
    global failures
    failures += differs(label, f, real, mine)


def deque_ops(m):
    out = []
    d = m.deque()
    for i in range(100):
        if i % 3 == 0:
            d.appendleft(i)
        else:
            d.append(i)
        if i % 7 == 0:
            out.append(d.popleft())
        if i % 11 == 0:
            out.append(d.pop())
    out.append(repr(d))
    out.append(len(d))
    out.append([d[0], d[-1], d[5], d[-7]])
    d.rotate(3); out.append(list(d))
    d.rotate(-5); out.append(list(d))
    d.rotate(1000); out.append(list(d))
    d.extendleft([1, 2, 3]); out.append(list(d))
    d[3] = "x"; del d[4]; out.append(list(d))
    out.append(d.count(1)); out.append(d.index(2)); d.remove(2); out.append(list(d))
    d.insert(2, "ins"); d.insert(-1, "neg"); d.insert(100, "end"); out.append(list(d))
    d.reverse(); out.append(list(d)); out.append(list(reversed(d)))
    out.append("x" in d); out.append(99 in d)
    out.append(list(d.copy()) == list(d))
    return out


check("deque ops", deque_ops)


def deque_maxlen(m):
    d = m.deque(range(10), maxlen=4)
    out = [repr(d), d.maxlen]
    d.append(10); out.append(repr(d))
    d.appendleft(-1); out.append(repr(d))
    d.extend([20, 21, 22]); out.append(repr(d))
    d.extendleft([30, 31]); out.append(repr(d))
    z = m.deque([1], maxlen=0); z.append(1); z.appendleft(2); out.append(repr(z))
    return out


check("deque maxlen", deque_maxlen)
check("deque empty repr", lambda m: repr(m.deque()))
check("deque pop empty", lambda m: m.deque().pop())
check("deque popleft empty", lambda m: m.deque().popleft())
check("deque index err", lambda m: m.deque([1])[3])
check("deque neg index err", lambda m: m.deque([1])[-3])
check("deque str index", lambda m: m.deque([1])["a"])
check("deque slice", lambda m: m.deque([1])[0:1])
check("deque remove err", lambda m: m.deque([1]).remove(5))
check("deque index missing", lambda m: m.deque([1]).index(5))
check("deque maxlen neg", lambda m: m.deque([], -1))
check("deque add", lambda m: repr(m.deque([1, 2]) + m.deque([3])))
check("deque add list", lambda m: m.deque([1, 2]) + [3])
check("deque mul", lambda m: repr(m.deque([1, 2], 3) * 2))
check("deque eq", lambda m: (m.deque([1, 2]) == m.deque([1, 2]), m.deque([1]) == [1], m.deque([1]) < m.deque([2])))
check("deque bool", lambda m: (bool(m.deque()), bool(m.deque([0]))))
check("deque full insert", lambda m: m.deque([1], 1).insert(0, 2))


def deque_mut(m):
    d = m.deque([1, 2, 3])
    for x in d:
        d.append(x)


check("deque mutated", deque_mut)


def deque_queue(m):
    d = m.deque()
    total = 0
    for i in range(5000):
        d.append(i)
        d.append(i)
        total += d.popleft()
    while d:
        total += d.popleft() * 3
    for i in range(200):
        d.appendleft(i)
    return total, list(d)[:5], len(d)


check("deque queue", deque_queue)


def dd(m):
    d = m.defaultdict(list)
    for w in "the quick brown fox jumps over the lazy dog".split():
        d[len(w)].append(w)
    c = m.defaultdict(int)
    for ch in "mississippi":
        c[ch] += 1
    n = m.defaultdict()
    out = [repr(d), repr(c), sorted(c.items()), repr(n), isinstance(d, dict), d.default_factory is list]
    cp = d.copy()
    out.append(repr(cp))
    out.append(3 in d)
    out.append(d.get(99))
    out.append(99 in d)
    return out


check("defaultdict", dd)
check("defaultdict missing", lambda m: m.defaultdict()["k"])
check("defaultdict bad", lambda m: m.defaultdict(3))
check("defaultdict kw", lambda m: repr(m.defaultdict(int, a=1, b=2)))


def od(m):
    d = m.OrderedDict()
    for k in "hello world":
        d[k] = ord(k)
    out = [repr(d)]
    d.move_to_end("h"); out.append(list(d))
    d.move_to_end("w", last=False); out.append(list(d))
    out.append(d.popitem()); out.append(d.popitem(last=False)); out.append(list(d.items()))
    out.append(d == m.OrderedDict(d.items()))
    e = m.OrderedDict(reversed(list(d.items())))
    out.append(d == e); out.append(dict(d) == dict(e)); out.append(d == dict(e))
    out.append(repr(m.OrderedDict.fromkeys("abc", 0)))
    out.append(repr(d.copy()))
    return out


check("OrderedDict", od)
check("OrderedDict empty", lambda m: repr(m.OrderedDict()))
check("OrderedDict popitem empty", lambda m: m.OrderedDict().popitem())
check("OrderedDict move missing", lambda m: m.OrderedDict().move_to_end("x"))


def counter(m):
    c = m.Counter("abracadabra")
    out = [repr(c), c.most_common(), c.most_common(2), c["z"], "z" in c, sorted(c.elements())]
    c.update("aaz"); out.append(repr(c))
    c.update({"q": 3}); out.append(repr(c))
    c.subtract("aaaaaaaaa"); out.append(repr(c))
    d = m.Counter(a=1, b=2, c=-1)
    out.append(repr(c + d)); out.append(repr(c - d)); out.append(repr(c | d)); out.append(repr(c & d))
    out.append(repr(+d)); out.append(repr(-d))
    out.append(d.total())
    del d["zz"]; del d["a"]; out.append(repr(d))
    e = m.Counter(["x", "y", "x"])
    e += m.Counter(x=1, y=-5); out.append(repr(e))
    out.append(m.Counter("ab") == m.Counter("ba"))
    out.append(m.Counter(a=1, b=0) == m.Counter(a=1))
    out.append(m.Counter("a") <= m.Counter("ab"))
    out.append(repr(m.Counter()))
    out.append(repr(m.Counter({1: 2, 3: 4})))
    out.append(c.most_common(0)); out.append(c.most_common(-1))
    return out


check("Counter", counter)
check("Counter fromkeys", lambda m: m.Counter.fromkeys("ab"))


def nt(m):
    P = m.namedtuple("Point", "x y")
    p = P(1, 2)
    q = P(x=3, y=4)
    r = P(5, y=6)
    out = [repr(p), repr(q), repr(r), p.x + p.y, p[0], tuple(p), p == (1, 2), isinstance(p, tuple),
           len(p), P._fields, p._asdict(), repr(p._replace(y=9)), repr(P._make([7, 8])),
           hash(p) == hash((1, 2)), p < q, list(p), P.__name__]
    a, b = p
    out.append(a + b)
    Q = m.namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
    out.append(repr(Q(1))); out.append(repr(Q(1, 2))); out.append(Q._field_defaults)
    R = m.namedtuple("R", "a, def, a, _x", rename=True)
    out.append(R._fields)
    out.append(p * 2)
    out.append(p + (3,))
    out.append(P(*[1, 2]))
    out.append({p: 1}[(1, 2)])
    return out


check("namedtuple", nt)
P1 = real.namedtuple("P", "x y")
P2 = mine.namedtuple("P", "x y")
Q1 = real.namedtuple("Q", "x y z", defaults=[0])
Q2 = mine.namedtuple("Q", "x y z", defaults=[0])
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"y": 2, "z": 3}), ((1,), {"x": 2}), ((), {}),
                     ((), {"x": 1, "y": 2}), ((1, 2), {})]:
    a = run(lambda: P1(*args, **kwargs))
    b = run(lambda: P2(*args, **kwargs))
    if a != b:
        failures += 1
        print("MISMATCH namedtuple args", args, kwargs, a, b)
for args in [(1,), (1, 2, 3, 4), (), (1, 2)]:
    a = run(lambda: repr(Q1(*args)))
    b = run(lambda: repr(Q2(*args)))
    if a != b:
        failures += 1
        print("MISMATCH namedtuple defaults", args, a, b)
check("nt P3", lambda m: m.namedtuple("T", "a b c")())
check("nt kw", lambda m: m.namedtuple("R", "a def"))
check("nt underscore", lambda m: m.namedtuple("R", "a _b"))
check("nt dup", lambda m: m.namedtuple("R", "a a"))
check("nt ident", lambda m: m.namedtuple("1R", "a"))
check("nt replace", lambda m: m.namedtuple("R", "a")(1)._replace(z=1))
check("nt make", lambda m: m.namedtuple("R", "a b")._make([1]))
check("nt defaults", lambda m: m.namedtuple("R", "a b", defaults=[1, 2, 3]))
print("collections: %d failures" % failures)
sys.exit(1 if failures else 0)
