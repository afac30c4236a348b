print("b: start")
from . import a
seen = hasattr(a, "A1"), hasattr(a, "A2")
B = "b"
