# Bitwise operators on small ints, including negatives
vals = [0, 1, 5, 12, 255, -1, -6, -256, 1023]
for a in [0, 5, -6, 255]:
    for b in [3, -3, 12, 0]:
        print(a, b, a & b, a | b, a ^ b)
for v in vals:
    print(v, ~v, v << 3, v >> 1, v >> 4)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, -1 << 64)
print(5 & 3 | 8, 5 & (3 | 8), 1 | 2 ^ 3, 1 << 2 + 1, (1 << 2) + 1)
print(~0, ~~7, -(~7), ~True, True & False, True | False, True ^ True)
print(type(True & False), type(True & 1))
x = 0b1010
x |= 0b0101
print(bin(x))
x &= 0b0110
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 4
print(bin(x))
x >>= 2
print(bin(x))
n = 0
for i in range(20):
    if i % 3 == 0:
        n |= 1 << i
print(n, bin(n), bin(n).count("1"))
print(0x7FFFFFFF & -0x80000000, -0x80000000 | 0x7FFFFFFF, 0xFFFFFFFF ^ -1)
print(-17 >> 2, -17 // 4, 17 >> 2, -1 >> 1000)
print(bin(-5 & 0xFF), hex(-1 & 0xFFFFFFFF))
