# Iteration/repr order of sets of ints follows CPython's hash table layout
# (hash(n) == n for small non-negative ints, hash(-1) == -2).
# This program isolates that behaviour so other programs can stay order-independent.
print({10, 1, 5, 3})
print({x * x for x in [-3, -2, -1, 0, 1, 2, 3]})
print({0, 24, 12})
print(frozenset({7, 8}))
print({100, 200, 300})
print(set([-1, -2, 0, 1, 2]))
print(list({16, 8, 0, 1}))
s = set()
for v in [33, 1, 65, 2, 97]:
    s.add(v)
print(s)
s.discard(1)
s.add(129)
print(s)
print({n for n in range(40) if n % 7 == 0})
big = set(range(0, 100, 9))
print(big)
print(list({5: 'x', 3: 'y'}), list({5, 3}))
