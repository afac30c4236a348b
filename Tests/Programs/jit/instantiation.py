# Traced instantiation: C(...) allocates and inlines __init__; deopt when argument types
# change, when __init__ is replaced mid-loop, and when __init__ raises inside a trace.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return V(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return V(self.x * k, self.y * k)
def run(n):
    acc = V(0.0, 0.0)
    d = V(0.5, -0.25)
    for i in range(n):
        acc = acc.add(d.scale(1.0001))
        if i == n // 2:
            d = V(1, 2)          # ints now
    return acc.x, acc.y
print(run(3000))
# (Each loop runs in a function, so that its variables are locals, not globals.)
class W:
    def __init__(self, v):
        self.v = v
def replaced():
    ws = []
    for i in range(2000):
        ws.append(W(i))
        if i == 1000:
            W.__init__ = lambda self, v: setattr(self, "v", -v)   # __init__ replaced mid-loop
    return sum(w.v for w in ws)
print(replaced())
class Bad:
    def __init__(self, k):
        self.k = k
        if k == 1500:
            raise ValueError("bad k")
def raising():
    b = None
    try:
        for i in range(2000):
            b = Bad(i)
    except ValueError as e:
        print("caught", e, b.k)
raising()
