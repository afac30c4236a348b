# raise ... from ..., __cause__, __context__, __suppress_context__
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e

try:
    parse("abc")
except RuntimeError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise KeyError("k") from IndexError("i")
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__context__)

try:
    try:
        raise TypeError("t")
    except TypeError:
        raise NameError("n")
except NameError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
def chain3():
    try:
        try:
            raise OSError("disk")
        except OSError as a:
            raise ValueError("value") from a
    except ValueError as b:
        raise RuntimeError("runtime") from b
try:
    chain3()
except RuntimeError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__ + ":" + str(c))
        c = c.__cause__
    print(" <- ".join(names))
