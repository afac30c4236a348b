# Instances with a Python __call__ called as methods (the frame pushed in place): arguments,
# defaults, *args and **kwargs, errors, subclasses, generators, and an instance attribute
# named __call__ (not used).
class Poly:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1, *rest, scale=1, **kw):
        return (self.k * x + y + sum(rest)) * scale + len(kw)

p = Poly(3)
t = 0
for i in range(2000):
    t += p(i) + p(i, 2) + p(i, 2, 3, 4) + p(i, scale=2) + p(i, z=1)
print(t)

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

c = Counter()
print([c() for _ in range(5)], c.n)

class Bad:
    def __call__(self, a):
        return a

try:
    Bad()()
except TypeError as e:
    print("TypeError", e)
try:
    Bad()(1, 2)
except TypeError as e:
    print("TypeError", e)

class Sub(Poly):
    pass

print(Sub(2)(5), callable(p), callable(Bad))

class Gen:
    def __call__(self, n):
        for i in range(n):
            yield i * i
print(list(Gen()(5)))

class Raiser:
    def __call__(self):
        raise ValueError("inside __call__")
try:
    Raiser()()
except ValueError as e:
    print("ValueError", e)

class WithCallAttr:
    pass
w = WithCallAttr()
w.__call__ = lambda: "instance attribute is not used"
try:
    w()
except TypeError as e:
    print("TypeError", e)
