# A function called from a traced loop (and inlined into it) is redefined mid-loop.
def f(x):
    return x + 1

def run(n):
    s = 0
    for i in range(n):
        if i == 5000:
            redefine()
        s += f(i)
    return s

def redefine():
    global f
    def f(x):
        return x * 2
    return None

print(run(10000))
print(f(10))

def g(x):
    return x - 1

def h(x):
    return g(x) * 2

def swap_g():
    global g
    g = lambda x: x + 0.5

def nested(n):
    t = 0
    for i in range(n):
        t += h(i)
        if i == 6000:
            swap_g()
    return t

print(nested(9000))
