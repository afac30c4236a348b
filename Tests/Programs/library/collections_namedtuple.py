# collections.namedtuple: construction, fields, tuple behaviour and errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
q = Point(x=3, y=4)
print(p, q, p.x + q.y, p[1], len(p), tuple(p), p == (1, 2))
x, y = q
print(x, y, Point._fields, p._asdict(), p._replace(y=20))
print(Point._make([5, 6]), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(hash(p) == hash((1, 2)), {p: "found"}[(1, 2)], isinstance(p, tuple))
print(type(p).__name__, p + (3,), p * 2)

Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(10), Color(1, 2, 3), Color._field_defaults)
Renamed = namedtuple("Renamed", "ok def ok _bad", rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4))

for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: Color(), lambda: p._replace(z=1), lambda: Point._make([1])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for names in ("a def", "a _b", "a a", "1a"):
    try:
        namedtuple("T", names)
    except ValueError as e:
        print("ValueError", e)
