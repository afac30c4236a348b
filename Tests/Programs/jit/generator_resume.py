# Loops over generators: traces resume the generator's frame in place and record its
# body up to the next yield. Covered: exits inside the generator's body (type changes,
# branches), generators that finish, raise, or leak StopIteration (PEP 479), a yield
# inside an except block, nested generators, generator expressions driven by a loop,
# closures, next() and close() mixed with a for loop, and a generator re-entering itself.


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def mixed(n):
    i = 0
    while i < n:
        if i == n // 2:
            yield 0.5 * i       # a float in the middle: the trace's int guard fails
        else:
            yield i
        i += 1


def pairs(n):
    for i in range(n):
        yield (i, i * i)


def chain_of(n):
    for x in countdown(n):
        for y in evens(range(x)):
            yield x * 10 + y


def with_handler(n):
    for i in range(n):
        try:
            if i % 7 == 3:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield -e.args[0]


def raises_at(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError("bad %d" % i)
        yield i


def leaks(n):
    for i in range(n):
        if i == n - 1:
            raise StopIteration("leaked")
        yield i


def closure_gen(k):
    scale = k * 2

    def gen(n):
        for i in range(n):
            yield i * scale
    return gen


def first_yield_sum(n):
    total = 0
    for i in range(n):
        for v in countdown(i % 5):
            total += v
    return total


def main():
    print(first_yield_sum(3000))
    t = 0
    for x in mixed(4000):
        t += x
    print(t)
    print(sum(a * b for a, b in pairs(2000)))
    acc = 0
    for (a, b) in pairs(3000):
        acc += a - b % 7
    print(acc)
    out = []
    for v in chain_of(40):
        out.append(v)
    print(len(out), sum(out), out[:5], out[-5:])
    print(sum(x for x in with_handler(3000)))
    total = 0
    try:
        for x in raises_at(5000, 4321):
            total += x
    except ValueError as e:
        print("caught", e, total)
    total = 0
    try:
        for x in leaks(2500):
            total += x
    except RuntimeError as e:
        print("runtime error:", e, type(e.__cause__).__name__, e.__cause__, total)
    g = closure_gen(3)
    s = 0
    for rep in range(50):
        for v in g(60):
            s += v
    print(s)
    # A generator expression driven by a for loop (no collector).
    s = 0
    for v in (i * 3 for i in range(4000) if i % 3):
        s += v
    print(s)
    # next() and a for loop on one generator; close() halfway.
    c = countdown(3000)
    first = [next(c), next(c)]
    s = 0
    for v in c:
        s += v
        if v == 1000:
            break
    print(first, s, next(c))
    c.close()
    print(list(c))
    # An exception being handled around the loop stays the one handled.
    try:
        raise IndexError("outer")
    except IndexError:
        s = 0
        for v in with_handler(1000):
            s += v
        try:
            raise
        except IndexError as e:
            print(s, "still handling", e)

    # A generator that resumes itself: ValueError, as CPython raises.
    def selfish():
        for i in range(3000):
            if i == 2500:
                next(me)
            yield i
    me = selfish()
    s = 0
    try:
        for v in me:
            s += v
    except ValueError as e:
        print("ValueError:", e, s)


main()
