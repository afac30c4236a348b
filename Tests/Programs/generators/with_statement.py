# `with` statements with class-based context managers (CPython's protocol).
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Manager("a") as x:
    print("body", x)

with Manager("b", True) as y, Manager("c") as z:
    print("body", y, z)
    1 / 0
print("after suppressed")


def returns():
    with Manager("r"):
        return "return value"


print(returns())

for i in range(3):
    with Manager("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop")

try:
    with Manager("propagates"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


def in_generator():
    with Manager("gen"):
        yield 1
        yield 2


print(list(in_generator()))

try:
    with Manager("unpack") as (p, q):
        pass
except ValueError as e:
    print("ValueError", e)


def with_finally():
    try:
        with Manager("tf"):
            return 1
    finally:
        print("finally")


print(with_finally())

with Manager("handled"):
    try:
        raise ValueError
    except ValueError:
        print("handled inside")


class Tracker:
    def __enter__(self):
        return self

    def __exit__(self, *info):
        self.info = info
        return True


with Tracker() as t:
    raise IndexError("tracked")
print(t.info[0].__name__, t.info[1])
with Tracker() as t:
    pass
print(t.info)


class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        return False


for cls in [NoExit, NoEnter]:
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError:", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
