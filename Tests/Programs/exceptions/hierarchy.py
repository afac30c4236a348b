# Exception hierarchy and catching by base class
def attempt(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "overflow":
        return 10.0 ** 1000
    if kind == "value":
        return int("q")
    if kind == "type":
        return 1 + "a"
    if kind == "name":
        return undefined_variable
    if kind == "attr":
        return (1).foo
    if kind == "recursion":
        raise RecursionError("simulated")
    return "ok"

for kind in ["zero", "overflow", "key", "index"]:
    try:
        attempt(kind)
    except ArithmeticError as e:
        print(kind, "-> ArithmeticError", type(e).__name__)
    except LookupError as e:
        print(kind, "-> LookupError", type(e).__name__)

for kind in ["zero", "key", "index", "value", "type", "name", "attr", "recursion", "none"]:
    try:
        r = attempt(kind)
        print(kind, "-> returned", r)
    except Exception as e:
        print(kind, "-> Exception", type(e).__name__)

print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(LookupError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception))
print(issubclass(bool, int), issubclass(ValueError, TypeError), issubclass(AssertionError, Exception))
print(isinstance(KeyError("x"), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
try:
    raise UnboundLocalError("u")
except NameError as e:
    print("NameError handler caught", type(e).__name__)
try:
    raise SystemExit(5)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("caught", repr(e))
first = None
try:
    [1][5]
except KeyError:
    first = "KeyError"
except IndexError:
    first = "IndexError"
except LookupError:
    first = "LookupError"
print(first)
