# except (A, B) as e, and handler selection
def risky(n):
    if n == 0:
        return 10 // n
    if n == 1:
        return [1, 2][n * 5]
    if n == 2:
        return {"a": 1}["b"]
    if n == 3:
        return int("three")
    if n == 4:
        return None + 1
    return n

for n in range(6):
    try:
        print(n, "result", risky(n))
    except (ZeroDivisionError, ValueError) as e:
        print(n, "arith/value:", type(e).__name__, e)
    except (IndexError, KeyError) as e:
        print(n, "lookup:", type(e).__name__, e)
    except Exception as e:
        print(n, "other:", type(e).__name__, e)

handlers = (TypeError, NameError)
try:
    undefined_function()
except handlers as e:
    print("tuple in variable:", type(e).__name__)

try:
    raise ValueError("v")
except (KeyError,):
    print("no")
except (ValueError, ValueError) as e:
    print("duplicates ok:", e)

e = "before"
try:
    raise ValueError("temp")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("as-target is deleted after handler:", err)
def nested_tuple():
    try:
        raise OverflowError("o")
    except (ArithmeticError, LookupError) as ex:
        return type(ex).__name__ + " matched via base class"
print(nested_tuple())
