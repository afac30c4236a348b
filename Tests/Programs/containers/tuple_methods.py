# Tuples
t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.count(9), t.index(3), t.index(1, 1), t[1:4], t[::-1])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(type(()), type((1,)), type((1)), (1) == 1)
a = (1, [2, 3])
a[1].append(4)
print(a)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 in (1, 2), 5 not in (1, 2))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[0] + nested[1])
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
x = 1, 2, 3
y = x
x += (4,)
print(x, y)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(repr((1,)), str(("a", "b")), repr(((),)), ((1,),))
