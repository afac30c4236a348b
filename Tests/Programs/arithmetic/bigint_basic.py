# Big integers: construction, products, negatives
print(2 ** 100)
print(-(2 ** 100))
print(2 ** 100 - 1, 2 ** 100 + 1)
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print("len", len(str(f)))
g = 1
for i in range(1, 101):
    g = g * i
print("100! =", g)
s = 0
for ch in str(g):
    s += int(ch)
print("digit sum", s)
print(g // f)
print(g % 1000000007, -g % 1000000007)
a = 12345678901234567890123456789
b = 98765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(a * -b, -a * -b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(abs(-a), -(-a) == a, +a)
print(a == a + 0, a != b, a > b, -a < -b)
print(type(2 ** 100), isinstance(2 ** 100, int))
print(10 ** 50 // 10 ** 25 == 10 ** 25)
print(int("123456789012345678901234567890") + 1)
print(int("-99999999999999999999999999999999") - 1)
print(str(2 ** 200)[:20], str(2 ** 200)[-20:])
fib_a, fib_b = 0, 1
for i in range(300):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("fib(300) =", fib_a)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904)
print(-9223372036854775808 // -1, -9223372036854775808 * -1)
print(3037000500 * 3037000500, 3037000499 * 3037000499)
print((2 ** 64 - 1) * (2 ** 64 - 1))
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 100 in {2 ** 100: 1})
print(bool(0 * 2 ** 100), bool(2 ** 100))
print(int(2 ** 70 + 0.0) == 2 ** 70, float(2 ** 70))
print(max(2 ** 70, 2 ** 69, -(2 ** 80)), min(2 ** 70, 2 ** 69, -(2 ** 80)))
print(sorted([2 ** 65, -(2 ** 65), 0, 2 ** 64, 1]))
