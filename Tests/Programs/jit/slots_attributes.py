# __slots__ attributes in traces are fields read and written in place: a slot deleted
# mid-loop, a value changing type, a subclass with a __dict__, and methods of slotted
# classes (no instance dict can shadow them).
import math


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class W(V):
    pass                       # has a __dict__ as well


def total(vs):
    s = 0.0
    for v in vs:
        s += v.scale(1.0001).norm()
    return s


vs = [V(float(i), 1.0) for i in range(2000)]
print(f"{total(vs):.6f}")
vs[1000].x = 3                 # an int now
print(f"{total(vs):.6f}")
w = W(1.0, 2.0)
w.extra = 5
vs[1500] = w
print(f"{total(vs):.6f}")
del vs[1700].y
try:
    total(vs)
except AttributeError as e:
    print("AttributeError:", e)
print(sum(v.x for v in vs))
