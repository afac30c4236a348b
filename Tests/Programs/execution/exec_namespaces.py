# exec/eval namespaces: the globals dict receives definitions; functions defined by exec
# see that dict as their globals; eval with a locals mapping reads it first.
g = {"base": 100}
exec("""
def add(n):
    return base + n
total = 0
for i in range(5):
    total += add(i)
""", g)
print(g["total"], g["add"](1))
g["base"] = 1
print(g["add"](1))
print(eval("base + extra", g, {"extra": 5, "base": 2}))
print(eval("(lambda v: v * 3)(4)"))
def outer():
    a = 2
    b = 3
    return eval("a * b + len(name)", None, None) if False else eval("a * b")
name = "xy"
print(outer())
src = "result = [n * n for n in range(5) if n % 2 == 0]"
ns = {}
exec(src, ns)
print(ns["result"])
exec(compile("import sys\nmods = 'sys' in sys.modules", "<c>", "exec"), ns)
print(ns["mods"])
try:
    exec("x = (1,\n", {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("  indented = 1", {})
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    eval(42)
except TypeError as e:
    print(e)
try:
    exec("a = 1", [])
except TypeError as e:
    print(e)
exec("print('unhandled', undefined_name)", {})
