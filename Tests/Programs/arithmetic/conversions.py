# int() and float() conversions from strings and numbers
for s in ["42", "  42  ", "-17", "+17", "\t\n 8 \n", "1_000", "0", "-0", "007", "1_2_3",
          "  -1_0  ", "12345678901234567890"]:
    print(repr(s), int(s))
for s in ["3.14", "  -2.5 ", "+1e3", "1E-3", "inf", "-inf", "Infinity", "-INFINITY", "nan",
          "1_000.5", ".5", "5.", "  1e10  ", "-0", "0.1", "1_0e1_0"]:
    print(repr(s), float(s))
bad_ints = ["x", "", " ", "1.5", "1e3", "1__0", "_1", "1_", "0x10", "- 1", "12a", "++1", "1 2"]
for s in bad_ints:
    try:
        int(s)
        print("no error for", repr(s))
    except ValueError as e:
        print("ValueError:", e)
bad_floats = ["x", "", "1.2.3", "1e", "--1", "1_", "_1", "in f", "0x10"]
for s in bad_floats:
    try:
        float(s)
        print("no error for", repr(s))
    except ValueError as e:
        print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int(), float(), int(" 0b101 ", 0), int("-0o17", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("  -ff ", 16), int("0xff", 16))
print(int("1_0", 16), int("0b_1", 0), int("101", 10))
try:
    int("012", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(str(42), str(-3), str(2.5), str(True), str(None), repr("x"), bool("0"), bool(""), bool(0.0))
