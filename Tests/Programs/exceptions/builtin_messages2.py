# More built-in exception messages, raised directly by statements (not via lambdas)
try:
    x = 1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    x = "a" + None
except TypeError as e:
    print("TypeError:", e)
try:
    x = [1] * "3"
except TypeError as e:
    print("TypeError:", e)
try:
    x = 3 - "1"
except TypeError as e:
    print("TypeError:", e)
try:
    x = 2.5 ** "x"
except TypeError as e:
    print("TypeError:", e)
try:
    x = {} + {}
except TypeError as e:
    print("TypeError:", e)
try:
    x = "abc" < 5
except TypeError as e:
    print("TypeError:", e)
try:
    x = [3, 1] >= 2
except TypeError as e:
    print("TypeError:", e)
try:
    x = "%d apples" % "some"
except TypeError as e:
    print("TypeError:", e)
try:
    x = 5 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    x = 1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    for c in 42:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
try:
    d = {}
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    t = (1, 2)
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5
    n.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    n = 5
    n.real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    f = len
    f.custom = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    lst = [1, 2, 3]
    lst[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    lst = [1, 2, 3]
    print(lst[-4])
except IndexError as e:
    print("IndexError:", e)
try:
    d = {"a": 1}
    print(d["b"])
except KeyError as e:
    print("KeyError:", e)
try:
    x = int("  12  abc ")
except ValueError as e:
    print("ValueError:", e)
try:
    x = int("")
except ValueError as e:
    print("ValueError:", e)
try:
    x = float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    x = [1, 2, 3].index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    x = "hello".index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    x = (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x = 10 ** -1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    x = 5 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    x = int(float("-inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    x = 2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", type(e).__name__)
try:
    x = "x" * (2 ** 100)
except OverflowError as e:
    print("OverflowError:", e)
try:
    x = [0] * -5
    print("negative repeat gives", x)
    x = chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    x = list(range(3)).pop(-10)
except IndexError as e:
    print("IndexError:", e)
def f(a, b):
    return a
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, c=2)
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
