# Calling instances whose class defines __call__: positional and default arguments,
# *args, an instance attribute named __call__ (ignored: special methods come from the
# type), __call__ replaced on the class, inherited, raising and recursive.
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
