print("a: start")
A1 = "a1"
from . import b
print("a: b.B =", b.B, "b.seen =", b.seen)
A2 = "a2"
