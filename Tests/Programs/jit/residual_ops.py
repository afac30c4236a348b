# Instructions traces leave to the interpreter (residual operations): calls the trace
# does not inline (functions with loops, keyword arguments, generators, built-ins,
# recursion past the inlining depth, *args), attribute and item access on objects the
# trace does not model, operations on strings and dicts, iteration over generators.
# Each loop runs long enough to be traced; the values change type or raise mid-loop.


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def scaled(a, b=2, *, c=3):
    return a + b * c


def countdown(n):
    while n > 0:
        yield n
        n -= 3


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def nargs(*xs):
    return len(xs)


def fails_at(i, bad):
    if i == bad:
        raise ValueError("bad value %d" % i)
    return i


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Log:
    def __init__(self):
        self.lines = []

    def add(self, *parts, sep=" "):
        self.lines.append(sep.join(str(p) for p in parts))


def calls(n):
    acc = 0
    log = Log()
    for i in range(n):
        acc += total([i, 1, 2])
        acc += scaled(i, c=i % 5)
        acc += depth(i % 9)
        acc += max(i, 7) + len(str(i)) + nargs(i, 1)
        for k in countdown(i % 10):
            acc += k
        if i % 500 == 0:
            log.add("at", i, acc, sep="/")
        try:
            acc += fails_at(i, bad=n // 2 + 1)
        except ValueError as e:
            log.add("caught", e)
    print(acc)
    print(log.lines)


def objects(n):
    d = {}
    text = ""
    p = Point(0)
    hits = 0
    for i in range(n):
        d[i % 7] = d.get(i % 7, 0) + i
        text = text + "abc"[i % 3]
        p = p + Point(i, 1)
        if p == Point(-1, -1):
            print("never")
        hits += i in d
        key = "k%d" % (i % 4)
        hits += len(key) + (2 ** (i % 5))
        try:
            hits += d[i % 11]
        except KeyError:
            hits -= 1
        if i == n - 100:
            d = {"swapped": 1}       # a different dict mid-loop
    print(sorted(d.items(), key=str), len(text), text[-10:], p, hits)


def generators(n):
    out = []
    for i in range(n):
        out.append(sum(x * x for x in range(i % 6)))
        pairs = [(a, b) for a, b in zip("xyz", range(i % 4))]
        out.append(len(pairs))
    print(sum(out), out[-12:])


def value_changes(n):
    # The residual call's argument changes type mid-loop: int, then float, then None.
    vals = []
    for i in range(n):
        r = abs(i - n // 2) if i < n // 2 else (i * 0.5 if i < n - 50 else None)
        v = str(r)
        vals.append(v)
    print(len(vals), vals[0], vals[n // 2], vals[-1])


calls(3000)
objects(3000)
generators(3000)
value_changes(3000)
try:
    depth(5000)
except RecursionError:
    print("recursion error")
