# getattr/setattr/hasattr/delattr, properties with setters and deleters, __slots__,
# __getattr__, __setattr__, instance __dict__, class-level attribute changes.
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        self._v = value
    @v.deleter
    def v(self):
        self._v = None
p = P()
p.v = 5
print(p.v, p._v)
try:
    p.v = -1
except ValueError as e:
    print("ValueError:", e)
del p.v
print(p.v)

class RO:
    @property
    def x(self): return 42
r = RO()
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError")

class Obj: pass
o = Obj()
setattr(o, "a", 1)
o.b = 2
print(getattr(o, "a"), getattr(o, "zz", "default"), hasattr(o, "b"), hasattr(o, "c"))
print(sorted(o.__dict__.items()))
delattr(o, "a")
del o.b
print(hasattr(o, "a"), o.__dict__)
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.missing
except AttributeError as e:
    print("AttributeError:", e)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
s.y = 2
print(s.x, s.y, hasattr(s, "__dict__"))
del s.y
print(hasattr(s, "y"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class SlotChild(Slotted):
    pass
sc = SlotChild(5)
sc.z = 9
print(sc.x, sc.z, sc.__dict__)

class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return name[4:]
        raise AttributeError(name)
d = Dyn()
d.real = 1
print(d.get_thing, d.real, hasattr(d, "nope"), getattr(d, "nope", 0))

class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1
l.b = 2
print(l.log, l.a, l.b)

class K:
    x = 1
k = K()
K.x = 2
print(k.x)
K.y = 3
print(k.y, hasattr(K, "y"))
del K.y
print(hasattr(k, "y"))
k.method = lambda: "instance function"
print(k.method())
def outside(self): return "method " + str(self.x)
K.m = outside
print(k.m())
print(type(k).__name__, k.__class__.__name__, K.__name__, K.__module__)
try:
    Obj().__slots__
except AttributeError as e:
    print("AttributeError:", e)
