# Calls a trace inlines: functions with cells (a comprehension capturing a local, a
# closure made in the loop and called, nonlocal stores), missing arguments taken from
# defaults, and instances with __call__. Types change late so that traces leave inside
# the inlined frames, with cells live, and the interpreter carries on from there.


def scaled(xs, k):
    return [x * k for x in xs]


def counter_total(n):
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count

    bump(n)
    bump(1)
    return count


def make_adder(k):
    def add(x):
        return x + k
    return add


def with_defaults(a, b=10, c=(1, 2)):
    return a + b + len(c)


def shared_default(x, seen=[]):
    seen.append(x)
    return len(seen)


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=1):
        return self.k * x + y


class Other:
    def __call__(self, x, y=1):
        return "other(%r, %r)" % (x, y)


def main():
    total = 0
    acc = 0.0
    s = Scale(3)
    for i in range(1500):
        v = i if i < 1200 else float(i)
        total += sum(scaled([1, 2, v], 2))
        total += counter_total(i)
        total += make_adder(i)(v)
        total += with_defaults(v) + with_defaults(v, 1) + with_defaults(v, 1, ())
        acc += s(v) + s(v, 0)
    print(total, acc)
    print(shared_default(1), shared_default(2))
    callers = [Scale(2)] * 1400 + [Other()] * 100
    out = []
    for c in callers:
        out.append(c(5))
    print(out[0], out[1399], out[1400], len(out))
    # A closure whose captured variable changes type while traced.
    k = 1
    get = lambda: k
    seq = []
    for i in range(1300):
        if i == 1250:
            k = "s"
        seq.append(get())
    print(seq[0], seq[1249], seq[1250], seq.count(1))


main()
