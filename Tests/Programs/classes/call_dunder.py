# Calling instances whose class defines __call__ (called as methods, the frame pushed in
# place): positional and default arguments, *args, keyword-only arguments and **kwargs,
# an instance attribute named __call__ (ignored: special methods come from the type),
# __call__ replaced on the class, inherited, raising, recursive, keeping state, a
# generator, and the errors for wrong argument counts and a class without __call__.
class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=10, *rest):
        return self.k + x + y + sum(rest)


a = Adder(1)
print(a(2), a(2, 3), a(2, 3, 4, 5))
a.__call__ = lambda *args: "instance attribute"
print(a(0))


class Sub(Adder):
    pass


s = Sub(100)
print(s(1), callable(s))


def twice(self, x, y=0):
    return 2 * x


Adder.__call__ = twice
print(a(21), s(4))


class Fails:
    def __call__(self):
        raise ValueError("no")


try:
    Fails()()
except ValueError as e:
    print("caught", e)


class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)


print(Fact()(10))


total = 0
f = Adder(3)
for i in range(2000):
    total += f(i)
print(total)

try:
    Adder(1)(1, 2, 3, z=4)
except TypeError as e:
    print(type(e).__name__)


class Poly:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=1, *rest, scale=1, **kw):
        return (self.k * x + y + sum(rest)) * scale + len(kw)


p = Poly(3)
t = 0
for i in range(2000):
    t += p(i) + p(i, 2) + p(i, 2, 3, 4) + p(i, scale=2) + p(i, z=1)
print(t, callable(p), callable(Poly))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


c = Counter()
print([c() for _ in range(5)], c.n)


class OneArg:
    def __call__(self, a):
        return a


for args in [(), (1, 2)]:
    try:
        OneArg()(*args)
    except TypeError as e:
        print("TypeError", e)


class Squares:
    def __call__(self, n):
        for i in range(n):
            yield i * i


print(list(Squares()(5)))


class NoCall:
    pass


w = NoCall()
w.__call__ = lambda: "instance attribute is not used"
try:
    w()
except TypeError as e:
    print("TypeError", e)
