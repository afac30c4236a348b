# Arithmetic, reflected and in-place operators, comparisons, hashing, truth, containers.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return "V(%r, %r)" % (self.x, self.y)
    def __str__(self): return "<%s,%s>" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o): return self.__add__(o)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return V(self.x * k, self.y * k)
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x * self.x + self.y * self.y) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __le__(self, o): return (self.x, self.y) <= (o.x, o.y)
    def __bool__(self): return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, str(a), repr(a), f"{a}", f"{a!r}")
print(a == V(1, 2), a != V(1, 2), a == b, a < b, a <= b, a > b, a >= b, b > a)
print(sorted([V(3, 1), V(1, 5), V(2, 2)]), max(V(1, 1), V(0, 9)), min([b, a]))
print(len({V(1, 2), V(1, 2), V(2, 1)}), {V(1, 2): "x"}[V(1, 2)])
print(bool(V(0, 0)), bool(V(0, 1)), not V(0, 0))
c = a
c += b
print(c, a, c is a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
class NoEq:
    pass
try:
    NoEq() < NoEq()
except TypeError as e:
    print("TypeError:", e)
x = NoEq()
print(x == x, x == NoEq(), x != NoEq(), hash(x) == hash(x))

class OnlyEq:
    def __eq__(self, o): return True
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)

class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(sorted(self.d))
    def __contains__(self, k): return k in self.d
s = Seq()
s["b"] = 2; s["a"] = 1; s["c"] = 3
del s["c"]
print(len(s), s["a"], "a" in s, "c" in s, list(s), [k for k in s], bool(s))
try:
    s["zz"]
except KeyError as e:
    print("KeyError:", e)

class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "Cmp(%d)" % self.v
print(Cmp(1) < Cmp(2), Cmp(3) < Cmp(2))

class Called:
    def __init__(self): self.n = 0
    def __call__(self, *args, **kw):
        self.n += 1
        return (args, sorted(kw.items()), self.n)
f = Called()
print(f(1, 2, k=3), f(), callable(f), callable(NoEq()))

class Ctx:
    def __len__(self): return 0
print(bool(Ctx()), len(Ctx()))

class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()])
