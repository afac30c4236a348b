# What traces inline or handle directly, each changing under the trace: special methods
# reached from operators and subscripts, isinstance, closures' cells, tuple items,
# tuples built in the loop, class attributes read through instances, arrays, range steps.
from array import array


class V:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __radd__(self, o):
        return V(self.x + o, self.y + o)

    def __mul__(self, k):
        return V(self.x * k * self.scale, self.y * k)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


class Grid:
    def __init__(self, n):
        self.n = n
        self.cells = [0.0] * (n * n)

    def __getitem__(self, xy):
        x, y = xy
        return self.cells[y * self.n + x]

    def __setitem__(self, xy, v):
        x, y = xy
        self.cells[y * self.n + x] = v


def walk(steps, delta):
    p = V(0, 0)
    for i in range(steps):
        p = p + delta
        if i == 1500:
            delta = V(0.5, 1)          # floats now
        if i == 2500:
            p = p - V(1, 1) * 3
    return p


class W:
    def __radd__(self, o):
        return V(o.x * 10, 0)


def odd_add(steps):
    p = V(1, 1)
    one = V(1, 1)
    w = W()
    total = 0
    for i in range(steps):
        q = p + (one if i < 2000 else w)    # V.__add__ returns NotImplemented: W.__radd__
        total += q.x
    return total


def smooth(g, rounds):
    n = g.n
    for r in range(rounds):
        for y in range(1, n - 1):
            for x in range(1, n - 1):
                g[x, y] = (g[x - 1, y] + g[x + 1, y] + g[x, y - 1] + g[x, y + 1]) * 0.25 + 1.0
    return sum(g.cells)


def counter():
    count = 0
    step = 1

    def bump(i):          # makes count and step cells of counter's frame
        nonlocal count
        count += step + i % 3
        return count
    total = 0
    for i in range(3000):
        count += step + i % 3      # the traced loop reads and writes the cells
        total += count
        if i == 2000:
            step = 10
    return total, count, bump(1)


NUMBERS = (int, float)


def kinds(xs):
    n = 0
    for x in xs:
        if isinstance(x, NUMBERS):
            n += 1
        elif isinstance(x, V):
            n += 100
    return n


def pairs_sum(n):
    s = 0
    for i in range(n):
        t = (i, i * 2, 3)
        s += t[0] + t[1] * t[2]
        if i == 1800:
            s += len(t)
    return s


def scaled(vs):
    s = 0
    for v in vs:
        s += v.scale * v.x
    return s


def arrays(n):
    d = array('d', [0.0]) * n
    q = array('i', [0]) * n
    for i in range(n):
        d[i] = i * 0.5 if i % 7 else i      # ints stored into 'd' become floats
        q[i] = i * 1000
    try:
        for i in range(n):
            q[i] = q[i] * 1000               # overflows 'i' at some point
    except OverflowError as e:
        print("overflow:", e, "at", i)
    return sum(d), q[10], q[n - 1]


def strided(n, steps):
    out = []
    for st in steps:
        s = 0
        for i in range(0, n, st):
            s += i
        for i in range(n, 0, -st):
            s -= i
        out.append(s)
    return out


print(walk(3000, V(1, 2)))
print(odd_add(3000))
g = Grid(20)
print(smooth(g, 12))
print(counter())
print(kinds([1, 2.5, V(1, 1), "s"] * 800 + [True, None]))
print(pairs_sum(3000))
vs = [V(i, 0) for i in range(3000)]
print(scaled(vs))
V.scale = 3
print(scaled(vs))
vs[1500].scale = 0.5                       # an instance attribute shadows the class's
print(scaled(vs))
print(arrays(3000))
print(strided(3000, [1, 2, 3, 1, 7, 2]))
