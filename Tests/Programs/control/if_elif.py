# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "digit"
    elif n < 100:
        return "two digits"
    else:
        return "large"

for n in [-3, 0, 7, 42, 100, 12345]:
    print(n, classify(n))

for v in [0, 1, "", "x", [], [0], None, 0.0, -0.5, (), {}, {0: 0}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
else:
    print("x <= 3")

if x == 1: print("one")
elif x == 5: print("five")
else: print("other")

if not x:
    print("never")
if x and x > 2 and x != 3:
    print("compound true")
if x < 0 or x > 100:
    print("never")
else:
    print("in range")
grade = 87
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
elif grade >= 70:
    letter = "C"
else:
    letter = "F"
print("grade", letter)
if 1:
    pass
elif 1 / 0:
    print("not evaluated")
print("done")
