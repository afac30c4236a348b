# Mixing ints and floats
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 * 0.1, 3 * 0.1)
print(type(1 + 2.0), type(1 + 2), type(True + 1.0))
print(1 == 1.0, 2 == 2.000001, 0.5 == 1 / 2, 1 < 1.5 < 2)
print(int(3.7), int(-3.7), int(3.0), int(-0.5), int(1e20))
print(float(3), float(-3), float(2 ** 53), float(2 ** 53 + 1))
print(3.0 * 2, 6.0 / 2, 7.0 // 2, 7.0 % 2)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(1e3 == 1000, 1e3, int(1e3))
print(sum([0.1] * 10), sum([1, 2, 3.5]))
print(max(1, 2.5), min(3, 2.0), max(2, 2.0), max(2.0, 2))
print(5 // 2.0, 5 % 2.0, divmod(5, 2.0), divmod(-5, 2.0))
print(abs(-2.5), abs(-3), abs(0.0), abs(-0.0))
print(2 ** 0.5 * 2 ** 0.5, 1.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(100 * 1.1, 0.3 * 3, 0.7 + 0.1, 4.35 * 100)
x = 10
x /= 4
print(x, type(x))
x = 7
x *= 1.0
print(x, type(x))
print(True * 2.5, False + 0.0, 1 - True)
print(int("12") + float("0.5"))
print(float.is_integer(3.0), (2.5).is_integer())
