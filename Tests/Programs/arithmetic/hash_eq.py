# Hash/equality consistency between int, float and bool
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(12345) == hash(12345.0), hash(-7) == hash(-7.0))
print(hash(1.5) == hash(1.5), hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1.0, 2)))
print(hash(5), hash(0), hash(True), hash(100))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: 'a', 1: 'b', 1.0: 'c', 0: 'z', False: 'y', 0.0: 'x'}
print(d2)
s = {1, 1.0, True, 2, 2.0, 0, False, 0.0}
print(len(s), sorted(s))
print(1 in {1.0: 'x'}, 1.0 in {1}, True in [1], 0 in [False], 2.0 in (1, 2))
print({1: 'a'}.get(1.0), {0.0: 'z'}.get(False))
print((1, 2) == (1.0, 2.0), [1, 2] == [True, 2.0], {1: 2} == {1.0: 2.0})
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, 2, {3}}
except TypeError as e:
    print("TypeError:", e)
