# Instance attributes read and written in place in traces (the entry of the instance
# dict the attribute had when recorded): the dict changing shape under the trace must be
# seen — attributes deleted and added back (new position), the dict replaced or cleared,
# other objects of the class laid out differently, and an instance dict used as globals.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def step(ps, rounds):
    total = 0.0
    for r in range(rounds):
        for p in ps:
            p.x = p.x + p.y
            total += p.x
    return total


ps = [P(float(i), 0.5) for i in range(50)]
print(step(ps, 60))
q = ps[10]
del q.x                       # x moves behind y when set again
q.x = 1.0
print(step(ps, 60))
ps[20].__dict__ = {"y": 2.0, "x": 3.0}
print(step(ps, 60))
odd = P(0.0, 1.0)
odd.__dict__.clear()
odd.z = 1                     # neither x nor y: AttributeError from the trace's loop
try:
    step(ps + [odd], 40)
except AttributeError as e:
    print("AttributeError:", e)
print(sum(p.x for p in ps))


class Counter:
    def __init__(self):
        self.n = 0


def bump(c, k):
    for i in range(k):
        c.n = c.n + 1
    return c.n


c = Counter()
print(bump(c, 3000))
# The instance dict as a module's globals: a function defined there reads `n` as a
# global, and sees the trace's stores.
exec("def read():\n    return n\n", c.__dict__)
read = c.__dict__["read"]


def mixed(c, k):
    s = 0
    for i in range(k):
        c.n = c.n + 2
        s += read()
    return s


print(mixed(c, 3000), c.n)
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
