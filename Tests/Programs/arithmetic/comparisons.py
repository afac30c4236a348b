# Comparisons, chains, boolean operators returning operands, conditional expressions
x = 2
print(1 < x < 3, 1 < x > 3, 1 < x <= 2 < 5, 3 > x >= 2 != 1, x == 2 == 2.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 1 < 2, 5 > 4 > 6, 1 == 1 != 2)
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(0) < val(5))
print(calls)
calls = []
print(val(3) > val(2) > val(1))
print(calls)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0, [] and 5)
print(not 0, not 1, not "", not "a", not [], not [0], not None, not 0.0)
print(0 or 0.0 or "", "a" and "b" and "c", "a" and 0 and "c", None and 1/0)
print((1 or 1/0), (0 and 1/0), type(not 5))
print(True and None, False or None, True or None, None or False)
def side(v):
    print("side", v)
    return v
r = side(0) or side(2) or side(3)
print("r =", r)
r = side(1) and side(0) and side(3)
print("r =", r)
for n in [-5, 0, 5, 15]:
    label = "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
    print(n, label)
print("yes" if [] else "no", "yes" if [0] else "no", 1 if True else 1/0)
print("skip" if False else "chain" if True else "never")
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, not a is None)
print(1 in [1, 2], 3 not in [1, 2], "a" in "abc", "ab" in "xaby", "" in "abc")
print(2 < 3 == 3, (2 < 3) == 3, 2 < (3 == 3))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "Z" > "A")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9, 9], (1, "a") < (1, "b"))
print(True == 1, False == 0, True > False, True + 0 == 1 == 1.0)
print(float('nan') == float('nan'), float('nan') != float('nan'), float('nan') < 1, float('nan') > 1)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < None)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", [] == (), None == 0, "a" != 1)
