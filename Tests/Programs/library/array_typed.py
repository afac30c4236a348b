# array: typecodes d f i l b B h H I L q Q, range checks, slicing and arithmetic.
from array import array

a = array("d", [1, 2.5, 3])
print(a, a[0], a[-1], a[1:], len(a), a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a[0] = 10
print(a, a.tolist(), a.index(4.0), a.count(2.5), 5.0 in a)
zeros = array("d", [0]) * 5
zeros[2] = 7
print(zeros, 2 * array("i", [1, 2]))
v = array("d")
v[:] = a[:]
print(v, v == a, v is a)
f = array("f", [0.1, 1.5, 1e40])
print(f, array("f", [3.141592653589793])[0])
print(array("b", [-128, 127]), array("B", [0, 255]), array("h", [-32768]), array("H", [65535]))
print(array("i", range(5)), array("I", [4294967295]), array("l", [2 ** 63 - 1]), array("L", [2 ** 64 - 1]))
print(array("q", [-2 ** 63]), array("Q", [2 ** 64 - 1]), array("i"), array("d", array("i", [1, 2])))
img = array("B", [0] * 12)
for i in range(4):
    img[i * 3 + 2] = 255
print(img)
s = 0.0
b = array("d", [0.5] * 100)
for i in range(len(b)):
    b[i] = b[i] * i
    s += b[i]
print(s, b[99])
for bad in (lambda: array("b", [128]), lambda: array("B", [-1]), lambda: array("h", [40000]),
            lambda: array("i", [2 ** 31]), lambda: array("I", [-1]), lambda: array("i", [1.5]),
            lambda: array("d", ["x"]), lambda: array("z"), lambda: a[99], lambda: a + [1],
            lambda: array("d").pop(), lambda: a.remove(99)):
    try:
        bad()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    a[0:1] = [1.0]
except TypeError as e:
    print("TypeError", e)
