# Traced attribute reads, stores and method calls on instances, with the deopt cases:
# an attribute changing type, a method redefined on the class, an instance attribute
# shadowing a method, an attribute deleted and then found on the class, a property
# added to the class while a loop runs.
class Body:
    def __init__(self, x, v):
        self.x = x
        self.v = v
    def step(self, dt):
        self.x = self.x + self.v * dt
        return self.x
    def energy(self):
        return 0.5 * self.v * self.v

def run(n):
    b = Body(0.0, 1.5)
    c = Body(1.0, -0.5)
    s = 0.0
    for i in range(n):
        s += b.step(0.01) + c.step(0.02)
        s += b.energy()
        if i == n // 2:
            b.v = 2          # int: the attribute's type changes mid-loop
        if i == n * 3 // 4:
            b.extra = 1      # instance dict grows
    return s, b.x, c.x

print(run(3000))

# (Each loop runs in a function, so that its variables are locals, not globals.)
class P:
    def __init__(self): self.k = 1
    def f(self): return self.k

def redefined():
    p = P()
    t = 0
    for i in range(3000):
        t += p.f()
        if i == 1500:
            P.f = lambda self: 100            # method redefined on the class
        if i == 2000:
            p.f = lambda: 7                   # instance attribute shadows the method
    return t

print(redefined())

class Q:
    def __init__(self): self.a = 1.0

def deleted():
    q = Q()
    u = 0.0
    for i in range(2000):
        u += q.a
        if i == 1000:
            del q.a
            Q.a = 3.0                          # now found on the class
    return u

print(deleted())

class R:
    def __init__(self): self.w = 2

def descriptor():
    r = R()
    z = 0
    for i in range(2000):
        z += r.w
        if i == 900:
            R.w = property(lambda self: 1000)   # a data descriptor now wins over the dict
    return z

print(descriptor())
