# Issue 4's function features: *args, **kwargs, keyword-only arguments, f(*a, **k) calls,
# decorators (with arguments, stacked, on methods), defaults evaluated once, closures
# with nonlocal, lambdas.
import functools

def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
args, kwargs = (10, 20, 30), {"c": 1, "z": 2}
print(f(*args, **kwargs))
print(f(*[1], **{"c": 2}), f(0, *(), c=1, **{}))
for bad in [lambda: f(), lambda: f(1), lambda: f(1, c=2, a=3), lambda: f(1, 2, c=3, b=4)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def only_kw(*, x, y=1):
    return x * 10 + y
print(only_kw(x=2), only_kw(y=5, x=3))
try:
    only_kw(1)
except TypeError as e:
    print("TypeError:", e)

def append_to(item, box=[]):
    box.append(item)
    return box
print(append_to(1), append_to(2), append_to(3, []), append_to(4))

calls = []
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        calls.append(fn.__name__)
        return fn(*a, **k)
    return wrapper

def times(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco

@logged
@times(3)
def square(x):
    return x * x
print(square(4), calls, square.__name__)

class Shape:
    @logged
    def area(self, k=1):
        return 6 * k
    @staticmethod
    @logged
    def unit():
        return 1
print(Shape().area(), Shape().area(k=2), Shape.unit(), calls)

def counter():
    n = 0
    def step(by=1):
        nonlocal n
        n += by
        return n
    return step
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())

adders = [lambda x, k=k: x + k for k in range(3)]
print([a(10) for a in adders], (lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
compose = lambda *fs: lambda x: functools.reduce(lambda acc, g: g(acc), fs, x)
print(compose(lambda v: v + 1, lambda v: v * 2)(5))
