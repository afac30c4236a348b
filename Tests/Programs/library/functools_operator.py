# functools (reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering) and operator.
import functools
import operator

print(functools.reduce(operator.add, range(10)), functools.reduce(operator.mul, [], 1))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
pow2 = functools.partial(pow, 2)
print(pow2(10), functools.partial(int, base=16)("ff"), pow2.args)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@functools.lru_cache(maxsize=2)
def square(x):
    return x * x


print([square(x) for x in [1, 2, 1, 3, 2, 1]], square.cache_info())
square.cache_clear()
print(square.cache_info())


def trace(func):
    @functools.wraps(func)
    def wrapper(*args):
        return ("traced", func(*args))
    return wrapper


@trace
def double(x):
    "Double x."
    return 2 * x


print(double(4), double.__name__, double.__doc__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) < Version(2), Version(1) >= Version(2), Version(2) >= Version(2), Version(3) > Version(2))

print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truediv(1, 4), operator.floordiv(7, 2))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.contains("abc", "b"), operator.not_(0), operator.index(7))
print(operator.itemgetter(1)([4, 5, 6]), operator.itemgetter(0, 2)("xyz"), operator.itemgetter("k")({"k": 1}))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)), max(pairs, key=operator.itemgetter(0)))
print(operator.methodcaller("split", ",")("a,b,c"), operator.methodcaller("center", 7, "*")("hi"))
v1 = Version(7)
v1.inner = Version(8)
print(operator.attrgetter("n", "inner.n")(v1), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd(lst, [7]), lst, operator.iadd(1, 2))
