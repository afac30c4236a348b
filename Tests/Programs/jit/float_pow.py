# x ** y and math.pow on floats in traces: positive bases are computed in machine code;
# negative and zero bases, overflow, infinities and NaN leave the trace and the
# interpreter gives Python's result or error.
import math


def powers(xs, y):
    out = []
    for x in xs:
        try:
            out.append(x ** y)
        except (OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__)
    return out


def mpowers(xs, y):
    out = []
    for x in xs:
        try:
            out.append(math.pow(x, y))
        except (OverflowError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def roots(xs):
    # (A guard of a module function called as a method: its exit must leave the call's
    # self slot empty, as the interpreter expects.)
    out = []
    for x in xs:
        try:
            out.append(math.sqrt(x))
        except ValueError as e:
            out.append(str(e))
    return out


def main():
    base = [0.5 + i * 0.25 for i in range(300)]
    print(sum(powers(base, 0.5)), sum(powers(base, 2)), sum(powers(base, -1.5)))
    odd = base + [2.0, -8.0, 0.0, 1e300, float("inf"), float("nan"), 1.0]
    print(powers(odd, 3)[-7:])
    print(powers(odd, 0.0)[-7:])
    print(powers(odd, 2.0)[-7:])
    print(powers(odd, -1.0)[-7:])
    print(powers([1.5] * 250 + [1.0, 3.0], float("nan"))[-3:])
    print(powers([2.0] * 250 + [2.0], float("inf"))[-2:])
    print(sum(mpowers(base, 1.5)), mpowers(odd, 3)[-7:])
    print(roots([4.0] * 200 + [-1.0, 9.0])[-3:])
    x = 1.0001
    for i in range(400):
        x **= 1.0001
    print(x)
    n = 2
    t = 0.0
    for i in range(300):
        t += (i + 1) ** 0.5 + n ** 0.5
    print(t)


main()
