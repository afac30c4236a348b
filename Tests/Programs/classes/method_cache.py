# Method calls through one call site seeing classes, methods and instances change
# (the interpreter caches the method a LOAD_METHOD site found, per class).


class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"


class B(A):
    def f(self):
        return "B.f"


class C(A):
    pass


def call_f(o):
    return o.f()


def call_g(o):
    return o.g()


def run(objs):
    return [call_f(o) for o in objs]


a, b, c = A(), B(), C()
print(run([a, b, c, a, b, c]))

# A method replaced on the class.
def new_f(self):
    return "new A.f"


A.f = new_f
print(run([a, b, c]))

# A subclass gains its own method later.
C.f = lambda self: "C.f (lambda)"
print(run([a, b, c]))

# An instance hides the method with its own attribute, then loses it.
print(call_g(a), call_g(b))
a.g = lambda: "a's own g"
print(call_g(a), call_g(b), call_g(c))
del a.g
print(call_g(a), call_g(b))

# An instance whose class changes.
d = A()
print(call_f(d))
d.__class__ = B
print(call_f(d))

# A method deleted from a subclass: the base's is found again.
del B.f
print(run([b, d]))

# Many classes through one site.
classes = [type("K%d" % i, (A,), {"f": (lambda i: lambda self: "K%d.f" % i)(i)}) for i in range(6)]
print([call_f(k()) for k in classes for _ in range(2)])

# A bound method stored as a value, and a staticmethod/classmethod through the same site.
class S:
    @staticmethod
    def f():
        return "static f"


class M:
    @classmethod
    def f(cls):
        return "class f of " + cls.__name__


print(run([S(), M(), a, S()]))

# An attribute that is not a function (a callable instance) on the class.
class Callable:
    def __call__(self, *args):
        return "callable with %d args" % len(args)


class N:
    f = Callable()


print(run([N(), a, N()]))

# Hot loop over the same site.
count = {}
for i in range(3000):
    o = (a, b, c, d)[i % 4]
    r = call_f(o)
    count[r] = count.get(r, 0) + 1
    if i == 1500:
        A.f = lambda self: "A.f late"
print(sorted(count.items()))

# __class__ assignment: attributes kept, bad targets refused as CPython refuses them.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2

    def who(self):
        return "P", self.x, self.y


class Q:
    def who(self):
        return "Q", self.x, self.y, getattr(self, "z", None)


class Slotted:
    __slots__ = ("x",)


p = P()
print(p.who())
p.__class__ = Q
p.z = 3
print(p.who(), type(p).__name__, vars(p))
p.__class__ = P
print(p.who(), isinstance(p, P), isinstance(p, Q))
for bad in (5, int, Slotted):
    try:
        p.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
print(type(p).__name__)
