class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    @property
    def length(self):
        return self.norm2() ** 0.5
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def make(cls, v):
        return cls(v, v)

p = Point(3, 4)
q = Point(1, 2)
print(p, q, p + q, p == Point(3, 4), p != q)
print(p.length, Point.origin(), Point.make(2), Point.count)
print(type(p).__name__, type(p), Point.__doc__, Point.__qualname__)
m = p.norm2
print(m())
class P3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return "P3(" + super().__repr__() + f", {self.z})"
r = P3(1, 2, 3)
print(r, isinstance(r, Point), issubclass(P3, Point), P3.__mro__)
class E(ValueError):
    pass
try:
    raise E("bad")
except ValueError as e:
    print("caught", repr(e), str(e), type(e).__name__)
class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, len(l), l.total(), l[1], isinstance(l, list))
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["a"], d[5], d)
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a, hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print(e)
class A: 
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class Dd(B, C):
    def f(self): return "D" + super().f()
print(Dd().f(), [k.__name__ for k in Dd.__mro__])
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(5)), sum(It(3)))
for v in It(2): print(v)
class Cnt:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
    def __contains__(self, x): return x == 7
    def __call__(self, a, b=1): return a + b
c = Cnt()
print(len(c), c[4], 7 in c, 8 in c, c(1), c(1, b=5), bool(c))
