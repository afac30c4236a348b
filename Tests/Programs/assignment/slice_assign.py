# Slice assignment with different lengths and extended slices
a = list(range(10))
a[2:5] = ["x", "y", "z"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = "ab"
print(a)
a[-2:] = [7, 8, 9, 10]
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
a[0:0] = (0,)
print(a)
a[10:20] = ["tail"]
print(a)
a[-100:1] = ["head"]
print(a)
a[3:1] = ["between"]
print(a)
b = list(range(10))
b[::2] = ["e0", "e2", "e4", "e6", "e8"]
print(b)
b[::-3] = [-1, -2, -3, -4]
print(b)
b[1:8:3] = "XYZ"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[::-1] = []
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[::1] = [9, 9, 9, 9, 9]
print(c)
c[0:3:1] = []
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
s = list("hello")
s[1:4] = list("ipp")
print("".join(s))
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [1, 2, 3, 4]
e[1:3] = range(5)
print(e)
t = (1, 2, 3)
try:
    t[0:1] = (5,)
except TypeError as e:
    print("TypeError:", e)
st = "abc"
try:
    st[0] = "z"
except TypeError as e:
    print("TypeError:", e)
m = [0] * 6
m[1::2] = [1] * 3
print(m)
