# Big int floor division, modulo, shifts, bit operations
big = 2 ** 130 + 12345
neg = -big
for d in [7, -7, 2 ** 65, -(2 ** 65), 10 ** 20 + 3]:
    print(d, big // d, big % d, neg // d, neg % d)
print(big << 10, big >> 10, neg >> 10, neg << 3)
print(1 << 200)
print((1 << 200) >> 199, (1 << 200) >> 500, -(1 << 200) >> 500)
print(-1 >> 100, -5 >> 1, 5 >> 1, -(2 ** 100) >> 1)
print(big & 0xFFFF, big | 1, big ^ big, big ^ (2 ** 130))
print(neg & 0xFFFF, neg | 0xFF, neg ^ -1, ~big, ~neg)
print((2 ** 100 - 1) & (2 ** 80 + 2 ** 10), (2 ** 100) | (2 ** 50))
print(-(2 ** 100) & (2 ** 101 - 1), -(2 ** 70) | 5, -(2 ** 70) ^ (2 ** 69))
print(big.bit_length(), neg.bit_length(), (0).bit_length(), (255).bit_length(), (-256).bit_length())
print((2 ** 64).bit_length(), (2 ** 64 - 1).bit_length())
print(10 ** 40 // 10 ** 39, 10 ** 40 % (10 ** 39 + 1))
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 7), divmod(10 ** 30, -7))
print(pow(2 ** 100, 3, 10 ** 9 + 7), pow(-(2 ** 100), 3))
print((10 ** 25) ** 2, (10 ** 25) ** 0, (-(10 ** 10)) ** 3)
print(2 ** 100 / 2 ** 50, 2 ** 1023 * 2 // 2 ** 1023)
x = 1
for i in range(64):
    x = (x << 1) | (i & 1)
print(x, hex(x), x.bit_length())
print(abs(-(2 ** 64)), -(-(2 ** 64)))
print((2 ** 64) // 1, (2 ** 64) % 1, (2 ** 64) // (2 ** 64), (2 ** 64) % (2 ** 64))
print((2 ** 64 + 5) % -(2 ** 32), -(2 ** 64 + 5) % (2 ** 32))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(2 ** 100 >> -3)
except ValueError as e:
    print("ValueError:", e)
