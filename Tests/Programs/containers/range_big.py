# range objects with bounds beyond Int64: items, slices, membership, len, iteration
import sys
B = 2 ** 64
M = sys.maxsize
r = range(-B, B, 3)
print(r, r[0], r[-1], r[5], r[1:4], r[::-1], r[::-7][2], r[B:], r[:-B // 2])
print(B in r, (B - 1) in r, -B in r, (-B + 3) in r, float(-B) in r, r.index(-B + 3), r.count(-B + 6), r.count(5))
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
print(bool(r), bool(range(B, -B)), range(B, B + 10)[3], len(range(B, B + 10)), list(range(B, B + 10, 4)))
print(list(reversed(range(B, B + 10, 4))), list(reversed(range(-B - 5, -B))), list(reversed(range(0))))
print(range(B, B + 5) == range(B, B + 5, 1), range(B) == range(0, B), hash(range(B)) == hash(range(0, B)))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 2)), {range(3): 1}[range(0, 3)])
print(type(iter(range(B, B + 1))).__name__, type(iter(range(5))).__name__)
# Int64 bounds whose iteration would step past sys.maxsize
print(list(range(M - 2, M)), list(range(M - 5, M, 2)), list(range(-M - 1, -M + 2)), list(range(0, M, M // 2 + 1)))
print(list(range(M, M - 10, -(M // 3))), list(range(-M - 1, M, M)), list(reversed(range(-M - 1, M, M))))
print(list(range(0, -M - 1, -M)), len(range(-M - 1, M, M)))
try:
    print(len(range(-M - 1, M)))
except OverflowError as e:
    print("OverflowError:", e)
print(range(-M - 1, M)[M], range(-M - 1, M)[-1], range(5)[True], range(10)[2:B], range(10)[-B:3])
for i in range(B, B + 3):
    print(i, end=" ")
print()
for i in range(M - 1, M + 2):
    print(i, end=" ")
print()
try:
    range(3)["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[1:"a"]
except TypeError as e:
    print("TypeError:", e)
try:
    range(B)[B]
except IndexError as e:
    print("IndexError:", e)
print(sum(range(B, B + 3)), max(range(B - 3, B)), min(range(-B, -B + 5)), sorted(range(B + 2, B - 1, -1)))
print(range(2 ** 200, 2 ** 200 + 10, 3), range(10)[::-1][::-1], 2.5 in range(5), "a" in range(3))
