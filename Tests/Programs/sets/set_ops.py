# Set operators and methods on small ints
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3, 10)), a.difference([1], [2]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1, 2}, {1} >= {1})
print({1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset({2}), {1, 2}.isdisjoint({3, 4}), {1}.isdisjoint({1}))
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, set() == set(), {1} == frozenset({1}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(100)
s.discard(5)
print(s)
s.remove(6)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
popped = {9}.pop()
print(popped)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = s.copy()
c.add(1000)
print(sorted(s), sorted(c))
s.clear()
print(s, bool(s), bool(c))
t = {1, 2, 3}
t.intersection_update({2, 3, 4})
print(t)
t.difference_update({3})
print(t)
t.symmetric_difference_update({2, 8})
print(t)
print(3 in {1, 2, 3}, 4 not in {1, 2, 3}, len({1, 1, 1}))
print(set([3, 1, 2, 1]), set(range(5)), set("aaa"), sorted(set("hello")))
print(sorted({-5, 10, 0, 3}), max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}))
print({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
print(sorted({10, 1, 5, 3}))
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
