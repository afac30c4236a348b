# math integer functions
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(17, 5), math.gcd(2 ** 100, 6 ** 50))
print(math.gcd(12, 18, 27), math.gcd(), math.gcd(7), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5))
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(25))
f100 = math.factorial(100)
print(f100)
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
digits = str(math.factorial(500))
print(len(digits), digits[:15], digits.count("0"))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2 ** 200) == 2 ** 100)
print(math.comb(52, 5), math.comb(100, 50), math.perm(10), math.perm(10, 0), math.comb(5, 7))
print(math.floor(7), math.ceil(-7), math.trunc(2 ** 70), type(math.trunc(3.5)))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
