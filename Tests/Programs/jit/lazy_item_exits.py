# Values read from lists, tuples and instances that the machine code never holds whole:
# a guard that fails after the read (another operand's type, a branch) leaves with the
# value copied from memory, and the interpreter must see exactly what was read.

def pairs_loop(pairs, n):
    total = 0.0
    for step in range(n):
        for (a, b) in pairs:
            d = a[0] - b[0]
            e = a[1] * b[1]
            total += d * e + a[2]
        if step == n // 2:
            pairs[1][1][0] = 3            # an int: the guard on b[0] fails after a[0] was read
        if step == n // 2 + 50:
            pairs[0][0][1] = True         # a bool in a product
        if step == n // 2 + 100:
            pairs[2][0][2] = 10 ** 20     # a big int added to a float
    return total

bodies = [[1.5, 2.0, 0.25], [0.5, -1.0, 4.0], [2.5, 0.75, -3.0], [-1.25, 3.5, 1.0]]
pairs = [(bodies[i], bodies[j]) for i in range(4) for j in range(i + 1, 4)]
print(pairs_loop(pairs, 4000))
print(bodies)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def attrs_loop(ps, n):
    acc = 0.0
    for i in range(n):
        for k in range(len(ps) - 1):
            p = ps[k]
            q = ps[k + 1]
            acc += (p.x - q.x) * (p.y + q.y)
        if i == n - 300:
            ps[2].x = 7                  # an int in an instance dict
        if i == n - 200:
            ps[1].y = "no"               # a str: the addition raises
    return acc

ps = [P(float(k), 0.5 * k) for k in range(5)]
try:
    print(attrs_loop(ps, 3000))
except TypeError as e:
    print("TypeError:", e)


def tuple_loop(ts, n):
    s = 0
    for i in range(n):
        t = ts[i % len(ts)]
        u = ts[(i + 1) % len(ts)]
        if t[0] > u[1]:
            s += t[1] - u[0]
        else:
            s -= t[0] * u[1]
    return s

print(tuple_loop([(1, 2), (5, 3), (2.5, 1), (4, 4.0), (0, -2)], 20000))


# An item read as a float and written back as a float keeps its tag, unless something
# stored between may have put another type there (the same list under another name).
def aliased_stores(a, b, n):
    for i in range(n):
        x = a[0]
        b[0] = i
        a[0] = x + 0.5
        y = a[1]
        a[1] = y * 1.0001
        if i == n - 5:
            b[1] = "s" if a is b else b[1]
            a[1] = 2.0
    return a, b, [type(v).__name__ for v in a + b]

l = [1.0, 2.0]
print(aliased_stores(l, l, 3000))
print(aliased_stores([1.0, 2.0], [0, 0], 3000))


class Box:
    __slots__ = ("v", "w")
    def __init__(self, v, w):
        self.v = v
        self.w = w

def aliased_slots(p, q, n):
    for i in range(n):
        t = p.v
        q.v = i
        p.v = t * 0.5 + 1.0
        p.w = p.w + 1.0
    return p.v, q.v, p.w, type(q.v).__name__

b1 = Box(1.0, 0.0)
print(aliased_slots(b1, b1, 2000))
print(aliased_slots(Box(1.0, 0.0), Box(0, 0), 2000))
