# sys.version_info: a tuple with named, read-only fields
import sys
v = sys.version_info
print(v)
print(v.major, v.minor, v.micro, v.releaselevel, v.serial, len(v), v[:2], type(v[:2]).__name__)
print(v == tuple(v), hash(v) == hash(tuple(v)), v > (3, 10), (3, 12) > v, v >= (3,), isinstance(v, tuple))
major, minor, *rest = v
print(major, minor, rest, "%d.%d" % v[:2], list(v)[3], v[-1], v.index("final"), v.count(3))
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    v.nope
except AttributeError as e:
    print("AttributeError:", e)
