# Instance attributes: kept inline while set in order, moved to a dict when __dict__ is
# asked for, set out of order, deleted and re-added, or too many; the observable order
# and values always CPython's.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

ps = [P(i, i * 2) for i in range(5)]
print([(p.x, p.y) for p in ps])
print(vars(ps[3]), ps[3].__dict__)

# Out of order: y before x on a later instance.
q = P(1, 2)
q2 = P.__new__(P)
q2.y = 5
q2.x = 6
print(q2.__dict__, q2.x, q2.y)

# Delete and re-add: goes to the end, as in a dict.
r = P(3, 4)
del r.x
print(r.__dict__)
r.x = 7
print(r.__dict__, r.x)
try:
    del r.z
except AttributeError as e:
    print("AttributeError", e)
s = P(8, 9)
del s.y
try:
    s.y
except AttributeError as e:
    print("AttributeError", e)
s.y = 10
print(s.__dict__)

# A lazily set attribute, on old and new instances.
class Lazy:
    def __init__(self):
        self.a = 1
    def more(self):
        self.b = 2
        return self

l1 = Lazy().more()
l2 = Lazy()
l3 = Lazy().more()
print(l1.__dict__, l2.__dict__, l3.__dict__, hasattr(l2, "b"), getattr(l2, "b", "none"))

# Many attributes, with computed names.
class Many:
    pass

for k in range(3):
    m = Many()
    for i in range(40):
        setattr(m, "attr%d" % i, i * k)
    print(k, len(m.__dict__), m.attr0, m.attr39, list(m.__dict__)[-3:])

# __dict__ replaced and updated.
t = P(1, 2)
t.__dict__ = {"z": 3}
print(t.__dict__, hasattr(t, "x"), t.z)
u = P(5, 6)
u.__dict__.update(w=7)
print(u.__dict__, u.w)
u.__dict__["x"] = 50
print(u.x)

# A class attribute shadowed by an instance attribute, and a method shadowed.
class C:
    k = "class"
    def m(self):
        return "method"
    def __init__(self):
        self.v = 0

c1 = C()
c2 = C()
c2.k = "instance"
c2.m = lambda: "shadow"
print(c1.k, c2.k, c1.m(), c2.m(), sorted(c2.__dict__))
for i in range(3):
    c1.v += i
print(c1.v)

# __slots__ beside a __dict__; subclasses.
class S:
    __slots__ = ("a", "__dict__")
    def __init__(self):
        self.a = 1
        self.b = 2

class Sub(P):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

s1 = S()
print(s1.a, s1.b, s1.__dict__)
sb = Sub(1, 2, 3)
print(sb.__dict__, vars(Sub(4, 5, 6)))

# Equality and copies by __dict__.
import copy
p1 = P(1, [2])
p2 = copy.copy(p1)
p3 = copy.deepcopy(p1)
p1.y.append(3)
print(p2.__dict__, p3.__dict__)

# An attribute named like a keyword-less builtin, set via setattr with a fresh string.
name = "".join(["x"])
v = P(0, 0)
setattr(v, name, 42)
print(v.x, getattr(v, "".join(["y"])))
delattr(v, "".join(["x"]))
print(v.__dict__)

# A loop over many instances reading and writing attributes (hot enough to be traced).
class Acc:
    def __init__(self):
        self.total = 0
        self.count = 0

accs = [Acc() for _ in range(3)]
for i in range(3000):
    a = accs[i % 3]
    a.total += i
    a.count += 1
    if i == 1500:
        accs[1].extra = "late"
print([(a.total, a.count) for a in accs], accs[1].__dict__)

# Out of order, then more names, deletions and re-additions (the order recorded).
class O:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

for k in range(3):
    o = O.__new__(O)
    o.c = 30
    o.a = 10
    o.d = 40
    del o.c
    o.b = 20
    o.c = 31
    print(k, o.__dict__, o.a, o.b, o.c, o.d)
o2 = O()
del o2.a
o2.a = 5
o2.e = 6
print(o2.__dict__)

# Instances made before a method sets an attribute late.
class Late:
    def __init__(self, v):
        self.v = v
    def mark(self):
        self.marked = True

lates = [Late(i) for i in range(20)]
for x in lates[::2]:
    x.mark()
print([x.__dict__ for x in lates[:4]], sum(hasattr(x, "marked") for x in lates))

print(vars().get("Late") is Late)
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
