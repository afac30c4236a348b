# round(): banker's rounding, ndigits, negative ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.6, -2.6, 1e20, 0.0, -0.0]:
    print(v, round(v), type(round(v)))
for v in [2.675, 1.005, 0.125, 0.375, 3.14159, -3.14159, 1234.5678, 0.5, 1e-5]:
    print(v, round(v, 0), round(v, 1), round(v, 2), round(v, 3))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1245, -1), round(15, -1), round(25, -1))
print(round(7), round(-7), round(7, 2), round(123456, -3), round(2 ** 70, -20))
print(round(5, -1), round(-5, -1), round(50, -2), round(150, -2), round(250, -2))
print(round(0.1 + 0.2, 2), round(2.5, 0), round(-2.5, 0), round(1.23456789, 5))
print(type(round(2.5, 0)), type(round(5, 1)), round(1e300, 2), round(1.5e-300, 300))
print(round(True), round(False, 2))
try:
    round(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float('nan'))
except ValueError as e:
    print("ValueError:", e)
print(round(float('inf'), 2), round(float('nan'), 2))
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(int(2.5), int(-2.5), int(2.9999), int(-2.9999))
