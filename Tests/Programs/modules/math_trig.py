# math trigonometric functions
import math
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi, -math.pi / 4]
for a in angles:
    print(round(a, 6), round(math.sin(a), 10), round(math.cos(a), 10), round(math.tan(a), 6) if abs(math.cos(a)) > 1e-9 else "inf")
print(math.sin(0), math.cos(0), math.tan(0), math.sin(1), math.cos(1), math.tan(1))
print(math.asin(1), math.acos(1), math.acos(0), math.atan(1), math.atan(-1), math.asin(-0.5))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1))
print(math.atan2(0, 0), math.atan2(1, 0), math.atan2(0, 1), math.atan(math.inf))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.tanh(100), math.asinh(1), math.acosh(2), math.atanh(0.5))
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(deg, "%.4f %.4f" % (math.sin(r), math.cos(r)))
print(math.sin(math.pi), math.cos(math.pi / 2), round(math.sin(1e10), 9))
