# Function-entry traces: functions that machine code calls (residual calls: recursion
# past the inlining depth, callees with loops) and that interpreted code calls often run
# from their first instruction to their return as traces. Exits at every kind of place,
# exceptions raised inside them, argument types that change, and loops inside them whose
# first iteration differs from the rest.


class Node:
    def __init__(self, v, left=None, right=None):
        self.v = v
        self.left = left
        self.right = right


def build(depth, v):
    if depth == 0:
        return None
    return Node(v, build(depth - 1, v * 2), build(depth - 1, v * 2 + 1))


def total(n):
    # Recursive: deeper than any trace inlines, so the calls below are residual.
    if n is None:
        return 0
    return n.v + total(n.left) + total(n.right)


def recursion():
    tree = build(9, 1)
    acc = 0
    for i in range(60):
        acc += total(tree) + i
    print("recursion", acc)


def scaled(x, k):
    # Called with ints, then floats, then strs: entry guards fail, bridges follow.
    y = x * k
    if not isinstance(y, str) and y > 100:
        return y - 100
    return y


def changing_types():
    out = []
    for i in range(300):
        out.append(scaled(i, 3))
    for i in range(300):
        out.append(scaled(i * 0.5, 2.5))
    for i in range(50):
        out.append(scaled("ab", i % 4))
    print("types", sum(v for v in out if not isinstance(v, str)), "".join(v for v in out if isinstance(v, str))[:40])


def parse(s):
    # int() raises for some inputs: inside the trace, the exception is raised where the
    # interpreter would raise it, and caught here or by the caller.
    try:
        return int(s) * 2
    except ValueError:
        return -1


def parse_or_raise(s):
    return int(s) + 1


def exceptions():
    words = [str(i) if i % 7 else "x%d" % i for i in range(400)]
    got = [parse(w) for w in words]
    caught = 0
    total = 0
    for w in words:
        try:
            total += parse_or_raise(w)
        except ValueError as e:
            caught += 1
            last = str(e)
    print("exceptions", sum(got), caught, total, last)


def mean(xs):
    # A loop whose first iteration sees an int accumulator and the rest floats.
    acc = 0
    for x in xs:
        acc = acc + x
    return acc / len(xs)


def loops_inside():
    data = [[float(i + j) for j in range(1 + i % 5)] for i in range(40)]
    s = 0.0
    for rep in range(30):
        for row in data:
            s += mean(row)
    print("loops", s)


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, a):
        self.a = a

    def area(self):
        return self.a * self.a


def areas(shapes):
    # The first shape is a Square, the rest Circles: the inner loop's trace (recorded
    # from later iterations) leaves inside the inlined area() the first time round.
    return [s.area() for s in shapes]


def polymorphic():
    shapes = [Square(2)] + [Circle(i) for i in range(1, 12)]
    t = 0
    for i in range(200):
        t += sum(areas(shapes)) + i
    print("polymorphic", t)


class Resource:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        self.n += 1
        return self

    def __exit__(self, *exc):
        return False


def step(a, b):
    c = a + b
    if c % 3 == 0:
        c = c // 3
    return c * 2 - a


def interpreted_caller():
    # A loop the JIT does not trace (a `with` inside): its calls of step() come from
    # the interpreter, and step() gets its own trace.
    r = Resource()
    acc = 0
    i = 0
    while i < 3000:
        with r:
            acc = step(acc % 1000, i)
        i += 1
    print("interpreted", acc, r.n)


log = []


def risky(i):
    for k in range(2):      # (a loop: traces call it rather than inline it)
        log.append(i)
    if i % 5 == 0:
        raise ValueError(i)
    return i


def wrapper(i):
    # Its trace calls risky(), which raises after its side effects: the interpreter
    # must raise that exception, not run the call again.
    return risky(i) + 1


def looping_wrapper(i):
    t = 0
    for k in range(2):
        t += k
    return risky(i) + t


def raised_in_traces():
    r = Resource()
    n = 0
    for i in range(1500):
        with r:
            try:
                n += wrapper(i)
            except ValueError as e:
                n -= e.args[0]
    for i in range(1500):
        try:
            n += looping_wrapper(i)
        except ValueError as e:
            n -= e.args[0]
    print("raised", n, len(log), sum(log))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1) + 1


def recursion_errors():
    print("fib", [fib(k) for k in range(18)])
    for i in range(30):
        try:
            deep(40 + i)
        except KeyError as e:
            msg = e.args[0]
    print("deep", msg)


recursion()
changing_types()
exceptions()
loops_inside()
polymorphic()
interpreted_caller()
raised_in_traces()
recursion_errors()
