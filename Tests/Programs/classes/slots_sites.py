# __slots__ members read and written through the same sites as other attributes (the
# interpreter caches a member's field per site and class), with the cases that must not
# hit: unset members, deleted members, a class attribute replacing the member later, a
# __setattr__ hook, and subclasses that add a __dict__.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Sub(P):
    pass                    # (no __slots__: instances get a __dict__ too)


class Hooked(P):
    __slots__ = ()

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


objs = [P(1, 2), D(3, 4), Sub(5, 6), Hooked(7, 8)]
for rnd in range(3):
    for o in objs:
        set_x(o, get_x(o) + 1)
    print([get_x(o) for o in objs])

s = objs[2]
s.z = "extra"
print(sorted(vars(s)), s.x, s.z)

# Unset and deleted members.
e = P.__new__(P)
for attempt in range(2):
    try:
        print(get_x(e))
    except AttributeError as err:
        print("AttributeError:", err)
    set_x(e, 42)
    print(get_x(e))
    del e.x
try:
    get_x(e)
except AttributeError as err:
    print("AttributeError:", err)

# A property replacing the member on the class later.
p = objs[0]
print(get_x(p))
P.x = property(lambda self: "property x", lambda self, v: print("property set", v))
print(get_x(p))
set_x(p, 99)
print(get_x(p))

# Hot loops over the sites.
q = P(0, 0)
d = D(0, 0)
for i in range(5000):
    set_x(d, get_x(d) + i)
    q.y = q.y + i % 7
print(get_x(d), q.y)
