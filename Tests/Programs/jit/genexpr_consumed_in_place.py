# list(g), tuple(g) and set(g) of a generator expression run its frame in place: the
# interpreter and traces enter it with a new collector and finish it at its return. Hot
# loops leave the trace inside that frame (a different trip count, an item of another
# type), raise from it, meet a set item whose hash is Python code part way, and pass
# generators that are partly consumed, already running, or finished.


def trip_counts(rounds):
    src = list(range(10))
    total = 0
    for r in range(rounds):
        t = tuple(src[i] * 2 for i in range(r % 7))
        s = set(x % 4 for x in t)
        l = list(x + 1 for x in t if x % 3)
        total += len(t) * 100 + len(s) * 10 + sum(l)
    return total


print(trip_counts(700))


def mixed_items(rounds):
    out = []
    for r in range(rounds):
        vals = tuple((x if r % 50 else str(x)) for x in range(3))
        out.append(vals)
    return out[-3:], out[0], out[50]


print(mixed_items(400))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        return isinstance(other, Key) and other.v % 3 == self.v % 3

    def __repr__(self):
        return "Key(%d)" % (self.v % 3)


def python_hash(rounds):
    sizes = 0
    last = None
    for r in range(rounds):
        last = set((Key(i) if i >= r % 5 else i) for i in range(6))
        sizes += len(last)
    return sizes, sorted(map(repr, last))


print(python_hash(300))


def raising(rounds):
    t = (1, 2, 3, 4)
    caught = 0
    total = 0
    for r in range(rounds):
        try:
            total += sum(list(t[i] for i in range(r % 6)))
        except IndexError as e:
            caught += 1
            last = str(e)
    return total, caught, last


print(raising(600))


def stop_iteration():
    raise StopIteration("inner")


def leaks(rounds):
    n = 0
    for r in range(rounds):
        try:
            tuple((stop_iteration() if i == 2 and r % 9 == 0 else i) for i in range(4))
        except RuntimeError as e:
            n += 1
            msg = (str(e), type(e.__cause__).__name__, str(e.__cause__))
    return n, msg


print(leaks(300))


def partial(rounds):
    acc = []
    for r in range(rounds):
        g = (i * i for i in range(r % 5 + 2))
        first = next(g)
        rest = list(g)
        again = list(g)
        acc.append((first, len(rest), again))
    return acc[-4:]


print(partial(200))


def dropped_results(rounds):
    seen = []
    for r in range(rounds):
        set(seen.append(i) for i in range(r % 3))
        tuple(x for x in ())
    return len(seen)


print(dropped_results(500))


def running_already():
    g = None

    def body():
        yield 1
        yield list(g)

    g = (x for x in body())
    try:
        list(g)
    except ValueError as e:
        return str(e)


print(running_already())


def nested(rounds):
    total = 0
    for r in range(rounds):
        rows = tuple(tuple(set(j % 3 for j in range(i + r % 4))) for i in range(3))
        total += sum(len(x) for x in rows)
    return total


print(nested(400))


def shadowed(rounds):
    def tuple(g):
        return "shadow"

    return [tuple(x for x in range(3)) for _ in range(rounds)][-1]


print(shadowed(100), list(x for x in "ab"), set(x for x in [1, 1]))
