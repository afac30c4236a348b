# Comparisons between big ints and floats
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big))
print(float(big + 1) == big, float(big + 1) < big + 1, float(big + 1) <= big + 1)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(10 ** 400 == float('inf'), 10 ** 400 != float('nan'), 10 ** 400 < float('nan'))
print(3 < 3.5 < 4, 2 ** 64 > 1.8e19, 2 ** 64 < 1.9e19)
print(max(2 ** 70, 1e21), min(2 ** 70, 1e21), max(1e22, 2 ** 70))
print(sorted([2 ** 60, 1e18, 1.5e18, -(2 ** 61), -1e19]))
print(1 == 1.0, -0 == 0.0, 0 == -0.0, 7 == 7.000000000000001)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(123456789012345678901234567890 > 1.2345678901234568e29)
print(123456789012345678901234567890 < 1.2345678901234568e29)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 + 0.5)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
try:
    print(int(float('inf')))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(float('nan')))
except ValueError as e:
    print("ValueError:", e)
print(int(1e300) == 10 ** 300, int(1e300) - 10 ** 300 != 0)
print(int(1.5e20), int(-2.5e19))
