# A million-digit integer: arithmetic works, but str() exceeds the default 4300-digit limit
x = 10 ** 1000000
print(x % 1000007)
print(x.bit_length())
print((x + 1) % 9, (x - 1) % 99991, x >> 3321900, (-x) >> 3321925)
print(len(hex(x)), hex(x)[-5:])
y = 2 ** 14000
print(len(bin(y)), y.bit_length())
try:
    str(10 ** 4300)
except ValueError as e:
    print("4301 digits:", e)
print(len(str(10 ** 4299)))
print(len(str(x)))
print("never printed")
