# Starred assignment targets
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, b = "hello"
print(a, b)
a, *b = range(4)
print(a, b)
*a, = (1, 2, 3)
print(a)
first, *rest = "x"
print(first, rest)
head, *middle, tail = "abcdef"
print(head, middle, tail)
a, b, *c = [1, 2]
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
*init, last = [10]
print(init, last)
print(type(b), type(init))
s = {"k": 1}
*k, = s
print(k)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c, d = (1, 2)
except ValueError as e:
    print("ValueError:", e)
