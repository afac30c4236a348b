# len() of tuples, sets, frozensets and dicts read in traces (the length field; a set
# or dict changed by a call in the loop is read again), set(genexpr) adding plain keys by
# a helper (a tuple key, whose hash runs no code either, and an instance key with a
# Python __hash__ mid-loop), and generator expressions made by a helper, with a
# closure, consumed by tuple(), set() and sum().


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 5

    def __eq__(self, other):
        return isinstance(other, Key) and self.v % 5 == other.v % 5


def lengths(n):
    s = set()
    d = {}
    fs = frozenset(range(7))
    t = (1, 2, 3)
    acc = 0
    for i in range(n):
        s.add(i % 37)
        d[i % 11] = i
        if i == n // 2:
            t = t + (4,)
        acc += len(s) * 3 + len(d) + len(fs) + len(t)
    return acc


def sets(n):
    cols = range(8)
    vec = (3, 1, 4, 1, 5, 2, 6, 7)
    total = 0
    for k in range(n):
        total += len(set(vec[i] + i + k % 3 for i in cols))
        total += len(set((vec[i], i % 2) for i in cols))
        if k > n - 5:
            total += len(set(Key(vec[i] + k) for i in cols))
        total += len(tuple(vec[i] * k for i in cols if i % 2))
        total += sum(x for x in vec if x > k % 7)
    return total


print(lengths(3000))
print(sets(3000))
