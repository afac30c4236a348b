# str.format: positional, keyword, index, conversions
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Bo", age=5))
print("{0} and {who}".format("me", who="you"))
print("{0[0]} {0[1]} {1[k]} {1[k2]}".format(["p", "q"], {"k": "v", "k2": 2}))
print("{[1]}".format("xyz"), "{0[2][0]}".format([0, 1, [20, 21]]))
print("{!r} {!s} {!a}".format("hi", "hi", "é"))
print("{0!r:>10} [{1!s:<6}]".format("r", 3))
print("{{literal}} {{{0}}} }}{{".format("x"))
print("{:}".format(12), "{}".format(None), "{}".format([1, 2]), "{}".format({"a": 1}))
print("{}".format(1.0), "{}".format(1e16), "{}".format(-0.0), "{}".format(2 ** 70))
print("{}{}".format("a", "b"), "".format(), "no fields".format(1, 2))
print("{0}{0}{0}".format("ha"), "{x}{x}".format(x="y"))
print("{} {}".format(True, False), "{:d}".format(True), "{:>5}".format(True))
row = "{:<10}|{:^7}|{:>8}"
print(row.format("name", "qty", "price"))
print(row.format("apple", 3, 1.25))
print(row.format("watermelon!", 12, 10.5))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "}".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:q}".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError:", e)
try:
    "{:,s}".format("x")
except ValueError as e:
    print("ValueError:", e)
print(format(42), format(3.5, ".2f"), format("s", "^5"), format(255, "x"), format(-1.5))
