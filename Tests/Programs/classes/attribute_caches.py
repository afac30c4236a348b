# One attribute instruction seeing many situations: different classes, different
# insertion orders, deleted and re-added attributes, a class attribute or property added
# later, a __setattr__ added to the class later, dict growth.
class A:
    pass
class B:
    pass
def get_x(o):
    return o.x
def set_x(o, v):
    o.x = v
objs = []
for i in range(6):
    o = A() if i % 2 else B()
    if i % 3 == 0:
        o.y = i
    o.x = i * 10
    objs.append(o)
print([get_x(o) for o in objs])
for o in objs:
    set_x(o, get_x(o) + 1)
print([get_x(o) for o in objs])
a = objs[1]
del a.x
a.z = 5
a.x = 99
print(get_x(a), a.z, sorted(a.__dict__))
for k in range(20):
    setattr(a, "k%d" % k, k)
print(get_x(a), a.k19)
A.x = "class x"
b = A()
print(get_x(b), get_x(a))
A.x = property(lambda self: "property x", lambda self, v: print("set via property", v))
print(get_x(a), get_x(b))
set_x(a, 5)
del A.x
print(get_x(a))
log = []
def tracing_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
B.__setattr__ = tracing_setattr
o = objs[0]
set_x(o, 7)
print(get_x(o), log)
del B.__setattr__
set_x(o, 8)
print(get_x(o), log)
class S:
    __slots__ = ("x",)
s = S()
set_x(s, 3)
print(get_x(s))
try:
    get_x(A())
except AttributeError as e:
    print("AttributeError:", e)
