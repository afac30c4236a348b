# Generator expressions taken whole by list/tuple/set/frozenset/sorted/join/sum, which
# collect their items without suspending the generator, and the cases where that must not
# show: items with Python __hash__/__eq__, an item the set rejects, a generator shared with
# other code, exceptions raised in the body.

print(list(x * 2 for x in range(5)))
print(tuple(c.upper() for c in "abc"))
print(sorted(set(x % 4 for x in range(20))))
print(sorted(frozenset(x for x in "hello")))
print(sorted(-x for x in [3, 1, 2]))
print("-".join(str(x) for x in range(4)))
print(sum(x * x for x in range(10)), min(x for x in [5, 3, 8]), max(x for x in [5, 3, 8]))
print(set((x, x * 2) for x in range(3)) == {(0, 0), (1, 2), (2, 4)})
print(list(x + y for x in range(3) for y in range(2) if x != y))
print(tuple(x for x in []))

# Partly consumed first: the rest is collected.
g = (x for x in range(6))
print(next(g), next(g), list(g), list(g))

# Closures and a generator expression inside one.
def make(n):
    base = [10, 20, 30]
    return tuple(base[i] + sum(j for j in range(i)) for i in range(n))
print(make(3))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Key) and other.v == self.v

    def __repr__(self):
        return "Key(%r)" % self.v


s = set(y for y in [1, 2, Key(1), 3, Key(3), Key(1), 4])
print(len(s), sorted(x for x in s if isinstance(x, int)))

# The set rejects an item: the generator stays where it was, for anyone who holds it.
g = (([1] if x == 2 else x) for x in range(5))
try:
    set(g)
except TypeError as e:
    print("TypeError:", e)
print(list(g))
try:
    frozenset(([x] if x == 3 else x) for x in range(5))
except TypeError as e:
    print("TypeError:", e)

# An exception in the body ends the generator.
g = (10 // (x - 2) for x in range(5))
try:
    list(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))


def side(x, log):
    log.append(x)
    return x


log = []
try:
    set(side(x, log) if x != 3 else [side(x, log)] for x in range(6))
except TypeError as e:
    print("TypeError:", e, log)

# A generator expression resumed by next() and by a for loop, then taken whole.
g = (x * 3 for x in range(8))
out = [next(g)]
for v in g:
    out.append(v)
    if v > 6:
        break
out.append(tuple(g))
print(out)

# send() into a generator expression: the sent value is dropped.
g = (x for x in range(3))
print(next(g), g.send(99), g.send(None))
