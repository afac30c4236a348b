# Subclasses of list, dict, tuple and Exception; user exception hierarchies.
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s[0], s[1:], 2 in s, type(s).__name__)
print(isinstance(s, list), s == [1, 2, 3], sorted(s, reverse=True), list(reversed(s)))
for x in s: print(x, end=" ")
print()
s2 = Stack([5, 6])
s2.tag = "t"
print(s2, s2.tag, s2 + [7])

class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def __missing__(self, key):
        v = self.default()
        self[key] = v
        return v
d = DefaultDict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, len(d), sorted(d), d.get("zz"), "a" in d, d.keys())

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["x"] = 1
print(u["X"], u["x"], dict(u), list(u.items()))

class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return "Pair(%r, %r)" % tuple(self)
p = Pair(1, 2)
a, b = p
print(p, p.first, a, b, len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), p + (3,))

class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return "%s is invalid: %s" % (self.field, self.reason)
for exc in [NotFound("key"), Invalid("age", "negative"), AppError("plain")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.what, e.args)
    except AppError as e:
        print(type(e).__name__, e, repr(e) if type(e) is AppError else e.args)
try:
    try:
        raise NotFound("inner")
    except NotFound as e:
        raise Invalid("x", "y") from e
except Invalid as e:
    print(e, "caused by", repr(e.__cause__))
print(issubclass(NotFound, Exception), isinstance(NotFound("a"), LookupError))

class Code(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise Code(3)
except Code as e:
    print(e.code, e.args, str(e))
raise NotFound("final")
