# Re-raising exceptions
def inner():
    raise ValueError("original problem")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise

try:
    middle()
except ValueError as e:
    print("outer caught:", e)

def reraise_named():
    try:
        int("zz")
    except ValueError as e:
        print("logging:", e)
        raise e

try:
    reraise_named()
except ValueError as e:
    print("caught again:", e)

def convert():
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError("converted: " + str(e))

try:
    convert()
except LookupError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__cause__)

def nested_reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ArithmeticError as e:
        return "outer got " + type(e).__name__
print(nested_reraise())

try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise
except KeyError as e:
    print("bare raise re-raised the KeyError:", repr(e))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

err = ValueError("stored")
for attempt in range(2):
    try:
        raise err
    except ValueError as e:
        print("attempt", attempt, e is err)
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
