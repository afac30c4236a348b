# divmod and abs
for a in [17, -17, 0, 5, -5]:
    for b in [5, -5, 3]:
        print("divmod(%d, %d) =" % (a, b), divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(1, 0.3))
print(divmod(2 ** 70, 3 ** 20), divmod(-(2 ** 70), 3 ** 20))
print(divmod(True, 2), divmod(10, True))
q, r = divmod(100, 7)
print(q, r)
print(abs(5), abs(-5), abs(0), abs(-0), abs(-2 ** 100), abs(2.5), abs(-2.5), abs(-0.0))
print(abs(True), abs(False), abs(float('-inf')), abs(-1e-300))
print(type(abs(-3)), type(abs(-3.0)), type(abs(True)))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, "x")
except TypeError as e:
    print("TypeError:", e)
