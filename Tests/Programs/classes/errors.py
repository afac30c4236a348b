# Error messages around classes.
class A:
    def __init__(self, x):
        self.x = x
tests = [
    lambda: A(),
    lambda: A(1, 2),
    lambda: A(1).nope,
    lambda: A.nope,
    lambda: object().x,
    lambda: len(A(1)),
    lambda: A(1)[0],
    lambda: iter(A(1)),
    lambda: A(1)(),
    lambda: A(1) + A(1),
    lambda: -A(1),
    lambda: A(1) < A(1),
    lambda: hash([]),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
class B:
    def __init__(self):
        return 5
try:
    B()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
try:
    class C(bool): pass
except TypeError as e:
    print("TypeError:", e)
class R:
    def __repr__(self): return 5
try:
    repr(R())
except TypeError as e:
    print("TypeError:", e)
class Bo:
    def __bool__(self): return 1
try:
    bool(Bo())
except TypeError as e:
    print("TypeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
A(1).method()
