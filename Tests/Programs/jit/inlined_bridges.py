# Side exits inside inlined calls that become hot get bridges which start in the
# callee's frame (rebuilt from the exit), read its locals from memory, return into
# the loop and go round again. Every branch below flips often.


class Gen:
    def __init__(self, seed):
        self.m = [seed % 97 + i for i in range(17)]
        self.i = 4
        self.j = 16

    def next(self):
        i, j, m = self.i, self.j, self.m
        k = m[i] - m[j]
        if k < 0:
            k += 1000
        m[j] = k
        if i == 0:
            i = 16
        else:
            i -= 1
        self.i = i
        if j == 0:
            j = 16
        else:
            j -= 1
        self.j = j
        return k


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def inner(a, b):
    t = a * 3 + b
    if t % 3 == 0:
        u = t // 3          # a local live only on this path
        return u + clamp(t, 10, 500)
    return t - clamp(b, 0, 50)


def outer(a, b):
    s = inner(a, b)
    if s & 1:
        return s + inner(b, a)
    return s


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if o.x > 500:
            return V(self.x - o.x)
        return V(self.x + o.x)


def run_gen(n):
    g = Gen(113)
    under = 0
    total = 0
    for _ in range(n):
        x = g.next()
        y = g.next()
        if x + y < 1000:
            under += 1
        total += clamp(x - y, -300, 300)
    return under, total


def run_nested(n):
    acc = 0
    for i in range(n):
        acc += outer(i % 41, i % 23)
    return acc


def run_dunder(n):
    v = V(0)
    for i in range(n):
        v = v + V((i * 37) % 1000)
    return v.x


def run_types(n):
    # A value passed to an inlined callee turns from int to float mid-loop: the trace
    # recorded with ints (and re-recorded, still with ints) must leave for the float
    # iterations.
    acc = 0
    lo, hi = -10**9, 10**9
    for i in range(n):
        acc = clamp(acc + (0.5 if i > n // 2 and i % 3 == 0 else 1), lo, hi)
    return acc


def run_raise(n):
    caught = 0
    for i in range(n):
        try:
            v = inner(i % 7, i % 5)
            if v == 13:
                raise ValueError(i)
        except ValueError:
            caught += 1
    return caught


for n in (50, 3000, 6000):
    print(n, run_gen(n), run_nested(n), run_dunder(n), run_types(n), run_raise(n))
