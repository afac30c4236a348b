# nonlocal statement
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "modified by inner"
    print("before:", x)
    inner()
    print("after:", x)
outer()

def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), up(), down(), up())

def three_levels():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 10
        inner()
        inner()
    mid()
    return v
print(three_levels())

def nearest_binding():
    v = "outermost"
    def mid():
        v = "middle"
        def inner():
            nonlocal v
            v = "changed middle"
        inner()
        return v
    m = mid()
    return v, m
print(nearest_binding())

def multiple_names():
    a = 1
    b = 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(multiple_names())

def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return step
step = fib_gen()
print([step() for _ in range(12)])

def running_max():
    best = None
    def see(x):
        nonlocal best
        if best is None or x > best:
            best = x
        return best
    return see
see = running_max()
print([see(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])

def loop_nonlocal():
    total = 0
    def add(k):
        nonlocal total
        total += k
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
