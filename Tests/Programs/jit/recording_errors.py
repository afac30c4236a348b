# Recording a loop runs each instruction for real. When that raises, or the recording
# gives up part-way, the interpreter must find the frame as before the instruction:
# isinstance() raising TypeError for a bad class tuple, directly and (in a loop of its
# own, so that the recording reaches it) inside an inlined method whose self slot the
# recorder had filled; and C() with an __init__ the trace cannot inline (a default
# argument), which the interpreter runs whole, the class register untouched.
BAD = (int, 5)


class Opt:
    def __init__(self, x, y=2):
        self.s = x + y


class Box:
    def __init__(self, x):
        self.x = x

    def check(self, v):
        return isinstance(v, BAD)


def direct(n):
    caught = 0
    hits = 0
    for i in range(n):
        v = i if i % 3 else "s"
        try:
            if isinstance(v, BAD):
                hits += 1
        except TypeError:
            caught += 1
    return hits, caught


def method(n):
    caught = 0
    hits = 0
    b = Box(1)
    for i in range(n):
        v = i if i % 3 else "s"
        try:
            if b.check(v):
                hits += 1
        except TypeError:
            caught += 1
    return hits, caught


def make(n):
    t = 0
    for i in range(n):
        t += Opt(i).s
    return t


print(direct(3000), method(3000))
print(make(3000))
