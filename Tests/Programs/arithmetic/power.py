# Exponentiation
print(2 ** 10, 2 ** 0, 0 ** 0, 0.0 ** 0, 0 ** 0.0, 1 ** 100)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** 3, (-2) ** 4)
print(type(2 ** -1), type(2 ** 2), type(2.0 ** 2))
print(2 ** 100)
print(3 ** 50)
print((-3) ** 51)
print(7 ** 77)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10.0 ** -2)
print(1.5 ** 2, (-1.5) ** 2, (-1.5) ** 3)
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, 0, 5), pow(7, 0, 1), pow(0, 0, 3))
print(pow(3, -1, 7), pow(2, -1, 5), pow(5, -2, 13))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 1000, 10 ** 20))
print(10 ** 20, 10 ** 20 + 1, -10 ** 20)
print(2 ** 62, 2 ** 63, 2 ** 64, 2 ** 63 - 1, -2 ** 63)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(10.0 ** 400)
except OverflowError:
    print("OverflowError raised")
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print("TypeError:", e)
x = 3
x **= 4
print(x)
