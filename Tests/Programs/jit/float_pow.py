# x ** y and math.pow on floats in traces: positive bases are computed in machine code,
# and any base to a constant whole power (x ** 2); other negative and zero bases,
# overflow, infinities and NaN leave the trace and the interpreter gives Python's result
# or error.
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


def whole_powers(xs):
    # Constant whole exponents: negative bases stay in the trace.
    out = []
    for x in xs:
        try:
            out.append((x ** 2, x ** 3, x ** -1, x ** 2.0, -x ** 4))
        except (OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__)
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
    signed = [(-1.0) ** i * (0.25 + i * 0.125) for i in range(300)]
    print(sum(t[0] + t[1] + t[2] + t[3] + t[4] for t in whole_powers(signed)))
    print(whole_powers(signed + [-0.0, 0.0, -1e200, 1e-200, -1e103, float("-inf"), float("nan"), -3.0])[-9:])
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
