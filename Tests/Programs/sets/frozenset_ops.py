# frozenset behaviour
f = frozenset([1, 2, 3])
g = frozenset({3, 4})
print(f, g, frozenset(), type(f).__name__)
print(f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__)
print(f.union(g), f.issubset({1, 2, 3, 4}), f.isdisjoint(g), 2 in f)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({3, 2, 1})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(f == {1, 2, 3}, hash(f) == hash(frozenset([3, 2, 1])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(frozenset("banana")), len(frozenset("banana")))
print(frozenset([1, 2]) < frozenset([1, 2, 3]), f.copy() == f)
print(repr(frozenset({5})), str(frozenset({6, 7})))
