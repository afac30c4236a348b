# Methods called from traces while instances gain attributes that hide them: an
# instance attribute added after the loop is compiled (and removed again), a class
# attribute added after an instance already had one of that name, an instance's
# __dict__ replaced by one holding a method's name, and a method hidden inside the
# traced loop itself.
class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def twice(self):
        return 2 * self.v


def total(objs, n):
    s = 0
    for i in range(n):
        o = objs[i % len(objs)]
        s += o.get()
    return s


objs = [P(1), P(2), P(3)]
print(total(objs, 3000))
objs[1].get = lambda: 100
print(total(objs, 3000))
del objs[1].get
print(total(objs, 3000))


class Q:
    def __init__(self, v):
        self.v = v


qs = [Q(5), Q(6)]
qs[0].extra = lambda: 1000


def use_extra(items, n):
    s = 0
    for i in range(n):
        s += items[i % 2].extra()
    return s


Q.extra = lambda self: 7
print(use_extra(qs, 3000))

class U:
    def __init__(self, v):
        self.v = v

    def size(self):
        return self.v


def sizes(objs, n):
    # (size has never been hidden: the first call's trace relies on the shadow guard.)
    s = 0
    for i in range(n):
        s += objs[i % len(objs)].size()
    return s


us = [U(4), U(5)]
print(sizes(us, 3000))
us[1].__dict__ = {"v": 9, "size": lambda: -1}
print(sizes(us, 3000))


def flip(n):
    ps = [P(i) for i in range(4)]
    s = 0
    for i in range(n):
        if i == n // 2:
            ps[2].twice = lambda: 0
        s += ps[i % 4].twice()
    return s


print(flip(4000))



class R:
    def __init__(self, v):
        self.v = v

    def peek(self):
        return self.v


def hide_in_loop(n):
    # (peek has never been hidden before: the trace relies on the shadow guard until
    # the store inside the loop's own path hides it.)
    rs = [R(i) for i in range(4)]
    s = 0
    for i in range(n):
        o = rs[i % 4]
        if i % 4 == 3 and i > n // 2:
            rs[(i + 2) % 4].peek = lambda: 1000
        s += o.peek()
    return s


print(hide_in_loop(4000))


class S:
    def __init__(self, v):
        self.v = v

    def look(self):
        return self.v


def computed_names(n):
    # A method hidden through setattr with a name made at run time.
    ss = [S(i) for i in range(3)]
    s = 0
    for i in range(n):
        if i == n // 2:
            setattr(ss[1], "".join(["lo", "ok"]), lambda: 50)
        s += ss[i % 3].look()
    return s


print(computed_names(3000))
