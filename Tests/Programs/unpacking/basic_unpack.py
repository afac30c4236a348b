# Tuple and list unpacking
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
g, h, i = "xyz"
print(g, h, i)
j, k = range(2)
print(j, k)
l, m = {"first": 1, "second": 2}
print(l, m)
n, = [42]
print(n)
(o,) = (43,)
print(o)
[p] = "p"
print(p)
x = y = z = 0
print(x, y, z)
q = r = []
q.append(1)
print(q, r, q is r)
t = 1, 2, 3
print(t, type(t))
u = 1,
print(u, len(u))
s1, s2 = sorted({9, 3})
print(s1, s2)
first, second = "ab", "cd"
print(first, second)
a, b = b, a
print(a, b)
lst = [10, 20]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
dct = {}
dct["k1"], dct["k2"] = "v1", "v2"
print(dct)
def pair():
    return "left", "right"
left, right = pair()
print(left, right)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, = []
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = "abc"
except ValueError as e:
    print("ValueError:", e)
