# Basic integer arithmetic and precedence
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(-a, +a, -(-a))
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 3 - 2, 100 // 10 // 3, 2 ** 3 ** 2)
print(7 * -3, -7 * 3, -7 * -3)
print(0 * 12345, 1 * -1, -0)
x = 0
for i in range(1, 11):
    x = x + i * i
print("sum of squares", x)
print(1_000_000 + 1, 0x10, 0o17, 0b1011, 0X1F, 0O7, 0B11)
print(type(7 // 2), type(7 / 2), type(7 % 2))
print(123456789 * 987654321)
print(999999999999 + 1, -999999999999 - 1)
print(3 - -3, 3 + -3, - - 3)
print(int(True) + 1, True + True, False * 10, True / 2)
print(1 + 2 * 3 - 4 // 2 % 3)
print(~5 + 1, -~5, ~-5)
