# center, ljust, rjust, zfill
for s in ["a", "ab", "abc", "abcd", "", "toolongstring"]:
    print("[" + s.center(7) + "]", "[" + s.center(6, "*") + "]", "[" + s.ljust(5, ".") + "]",
          "[" + s.rjust(5) + "]", "[" + s.center(2) + "]")
for s in ["42", "-42", "+42", "0", "", "abc", "-", "3.14", "-0.5", "+-1", "123456"]:
    print(repr(s), s.zfill(6), s.zfill(1))
print("x".center(4), "|", "x".center(5), "|", "xx".center(5), "|", "xx".center(4, "-"))
print("é".center(5, "~"), "日本".rjust(6, "・"), "😀".ljust(3, "!"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("1".rjust(3, "0"), "7".zfill(3), str(-7).zfill(4), "x".ljust(-1), "x".rjust(0))
