# Functions are first-class values
def double(x):
    return x * 2
def negate(x):
    return -x
def square(x):
    return x * x

pipeline = [double, negate, square]
v = 3
for f in pipeline:
    v = f(v)
print(v)

table = {"double": double, "negate": negate, "square": square}
for name in ["square", "double", "negate"]:
    print(name, table[name](7))

def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all(pipeline, 5))

alias = double
print(alias(21), alias is double, alias == double, double is negate)
print(double.__name__, alias.__name__, (lambda: 0).__name__)

def make_op(kind):
    if kind == "add":
        def op(a, b):
            return a + b
    else:
        def op(a, b):
            return a - b
    return op
print(make_op("add")(5, 3), make_op("sub")(5, 3))

def call_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(call_n(double, 10, 1), call_n(lambda s: s + "!", 3, "hi"))

print(list(map(square, [1, 2, 3])), sorted([-3, 1, -2], key=abs), list(map(str, [1, 2])))
print(callable(double), callable(5), callable(len), callable("s"))
funcs = []
for f in (len, abs, str):
    funcs.append(f)
print([f(-3) if f is not len else f("abc") for f in funcs])
def returns_function():
    return returns_function
print(returns_function()()() is returns_function)
def identity(f):
    return f
print(identity(square)(9))
print(max(pipeline, key=lambda f: f(10))(10))
