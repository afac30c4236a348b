# int(x) and range(...) called with ints and other values: results and errors as CPython.
print(int(3.7), int(-3.7), int(1e20), int("12"), int(True), int(7))
for bad in [float("inf"), float("nan"), "x", None, [1]]:
    try:
        int(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), range(3))
for bad in [(1, 2, 0), (1.5,), ("a", 2)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(range(True, 4)), list(range(2**70, 2**70 + 2)))
class F:
    def __int__(self):
        return 9
    def __index__(self):
        return 2
print(int(F()), list(range(F())))

# int() in a hot loop (a residual call in traces), raising part way.
def convert(xs):
    out = 0
    for x in xs:
        try:
            out += int(x)
        except ValueError as e:
            out -= 1
            last = str(e)
    return out, last

print(convert([i * 0.5 for i in range(3000)] + ["7", "x"] + [2.5] * 100))
