# Nested functions and scoping
def outer(x):
    def inner(y):
        return x + y
    return inner(10)
print(outer(5))

def make_adder(n):
    def add(v):
        return v + n
    return add
add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), make_adder(-1)(1))

def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3()
    return level2()
print(level1())

def uses_later_binding():
    def get():
        return value
    value = "bound after definition"
    return get()
print(uses_later_binding())

x = "module"
def scope_test():
    x = "enclosing"
    def show():
        return x
    return show()
print(scope_test(), x)

def recursive_inner(n):
    def helper(k):
        if k == 0:
            return []
        return [k] + helper(k - 1)
    return helper(n)
print(recursive_inner(5))

def shadows_builtin():
    len = lambda s: 42
    return len("abc")
print(shadows_builtin(), len("abc"))

def make_multipliers():
    result = []
    for i in range(4):
        def mul(x, i=i):
            return x * i
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])

def late_binding():
    result = []
    for i in range(4):
        def mul(x):
            return x * i
        result.append(mul)
    return result
print([m(10) for m in late_binding()])
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(make_adder(7), 1), apply_twice(lambda s: s + s, "ab"))
