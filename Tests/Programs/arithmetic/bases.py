# hex/oct/bin and int() with a base
for v in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, -(2 ** 40), 2 ** 100]:
    print(v, hex(v), oct(v), bin(v))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0XfF', 0), int('-0x1A', 16))
print(int('777', 8), int('0o777', 8), int('0o777', 0), int('1010', 2), int('0b1010', 0))
print(int('zz', 36), int('Hello', 36), int('10', 3), int('  11  ', 7), int('1_0_1', 2))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(int('0', 0), int('-0b0', 0), int('00', 0), int('0_0', 0))
print(0xdead_beef, 0o7_7, 0b1_0, 1_0)
for base in range(2, 37):
    print(base, int('11', base), int('10', base) ** 2)
s = ''
n = 2024
while n:
    s = '0123456789abcdef'[n % 16] + s
    n //= 16
print(s, hex(2024))
print(bin(True), hex(False))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    int('0x10', 10)
except ValueError as e:
    print("ValueError:", e)
try:
    int('2', 2)
except ValueError as e:
    print("ValueError:", e)
