# Closures capture variables, not values
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1(), c2())

def make_accumulator(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make_accumulator(100)
print(acc(10), acc(-50), acc(0))

def make_pair():
    value = [0]
    def get():
        return value[0]
    def set_(v):
        value[0] = v
    return get, set_
g, s = make_pair()
print(g())
s(42)
print(g())
s("changed")
print(g())

def outer():
    x = 1
    def f():
        return x
    x = 2
    return f
print(outer()())

def make_stack():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    def pop():
        return items.pop()
    def peek():
        return items[-1] if items else None
    return push, pop, peek
push, pop, peek = make_stack()
push(1)
push(2)
print(push(3), peek(), pop(), pop(), peek())

def memoize_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache
fib, cache = memoize_fib()
print(fib(80), len(cache))

def multiplier_table():
    table = {}
    for n in range(1, 4):
        def mul(x, n=n):
            return x * n
        table[n] = mul
    return table
t = multiplier_table()
print(t[1](5), t[2](5), t[3](5))

def chain():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()
print(chain()())

def shared():
    state = {"n": 0}
    def inc():
        state["n"] += 1
    def get():
        return state["n"]
    return inc, get
inc, get = shared()
inc(); inc(); inc()
print(get())
