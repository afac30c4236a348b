# str(), repr(), args of exceptions
excs = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(42),
        KeyError(), IndexError("index out"), TypeError("t", "u", "v"), ZeroDivisionError("zd"),
        RuntimeError(None), Exception("x"), Exception(""), Exception([1, 2]), KeyError("a", "b"),
        StopIteration(5), SystemExit(3), SystemExit(), AssertionError("boom"), OSError("os")]
for e in excs:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
e = ValueError("changeable")
e.args = ("replaced", 1)
print(e, e.args)
print(repr(ValueError("quote's")), repr(ValueError('dq"')), str(KeyError("it's")))
print(SystemExit(7).code, SystemExit().code, SystemExit("bye").code, SystemExit(1, 2).code)
print(StopIteration(9).value, StopIteration().value)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print("str:", str(e), "args:", e.args)
try:
    {}[""]
except KeyError as e:
    print("empty str key:", str(e))
try:
    [][0]
except IndexError as e:
    print("args:", e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.args, repr(e))
print(type(ValueError("x")).__name__, isinstance(ValueError("x"), Exception))
print(ValueError("a") == ValueError("a"))
print([str(x) for x in [KeyError(1.5), KeyError(None), KeyError([1])]])
