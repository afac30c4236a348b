# Sets of up to 8 entries keep them in the set itself (as CPython's smalltable); these
# grow out of it, shrink back into it, swap bodies with larger ones and are cleared,
# with CPython's iteration order throughout.

s = set()
for i in range(5):
    s.add(i * 8)               # all collide in 8 slots
print(s, len(s))
for i in range(5, 40):
    s.add(i * 8)
print(sorted(s)[:5], len(s))
for i in range(3, 40):
    s.discard(i * 8)
print(s)
s.add(1000)
s |= {7, 15}
print(s)
t = set(range(0, 64, 3))
for i in range(0, 64, 3):
    if i % 2:
        t.discard(i)
t.add(-1)                      # a dummy-laden table resized
print(t)

# intersection_update swaps bodies: small with large, small with small
a = {1, 2, 3}
a.intersection_update(set(range(100)))
print(a)
b = set(range(50))
b.intersection_update({3, 4, 5, 999})
print(b)
c = {9, 17, 25}
c &= {17, 25, 33}
print(c)
d = set(range(30))
d -= set(range(2, 30))
print(d)
e = {1, 2, 3}
e ^= {3, 4}
print(e)

# clear, pop, copy and comprehension of small and grown sets
for n in (0, 3, 7, 8, 20):
    x = set(range(n))
    y = x.copy()
    x.clear()
    x.add(n)
    popped = [y.pop() for _ in range(min(3, len(y)))]
    print(n, x, popped, sorted(y)[:3], {v * 2 for v in y if v < 5})

f = frozenset([5, 13, 21])
print(f, hash(f) == hash(frozenset([21, 13, 5])), f | {29})
