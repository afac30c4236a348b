# Exceptions propagating through nested calls
trace = []
def level3(x):
    trace.append("enter 3")
    if x < 0:
        raise ValueError("negative: %d" % x)
    trace.append("exit 3")
    return x * 2
def level2(x):
    trace.append("enter 2")
    try:
        return level3(x) + 1
    finally:
        trace.append("finally 2")
def level1(x):
    trace.append("enter 1")
    r = level2(x)
    trace.append("exit 1")
    return r

print(level1(5), trace)
trace = []
try:
    level1(-3)
except ValueError as e:
    print("caught at top:", e)
print(trace)

def recurse(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        recurse(n - 1)
    finally:
        print("unwinding", n)
try:
    recurse(4)
except KeyError as e:
    print("KeyError from depth:", e)

def catch_and_return(n):
    try:
        return recurse_silent(n)
    except IndexError as e:
        return "handled " + str(e)
def recurse_silent(n):
    if n == 0:
        return [][1]
    return recurse_silent(n - 1)
print(catch_and_return(10))

def convert_all(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            out.append(None)
    return out
print(convert_all(["1", "x", "3", "4.5", "-2"]))

def divide_all(n, ds):
    results = []
    for d in ds:
        try:
            results.append(n // d)
        except ZeroDivisionError:
            results.append("inf")
            continue
        finally:
            results.append("|")
    return results
print(divide_all(12, [1, 0, 5]))
def lam_raise():
    f = lambda: [][0]
    return f()
try:
    lam_raise()
except IndexError as e:
    print("from lambda:", e)
def comp_raise():
    return [1 // x for x in [1, 2, 0, 4]]
try:
    comp_raise()
except ZeroDivisionError as e:
    print("from comprehension:", e)
