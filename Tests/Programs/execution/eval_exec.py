# eval, exec and compile: globals/locals dicts, multi-line exec, code objects, SyntaxError as an exception.
x = 5
print(eval("x + 1"), eval("  x*2", {"x": 3}), eval("y", {}, {"y": 7}))
ns = {}
exec("a = 1\nb = a + 1\ndef f(n):\n    return n * b\nprint('in exec', f(3))", ns)
print(ns["a"], ns["b"], sorted([k for k in ns if not k.startswith("__")]), "__builtins__" in ns)
code = compile("q = 10\nprint(q)", "<test>", "exec")
print(type(code).__name__)
exec(code)
print(q)
c2 = compile("1 + 2", "<e>", "eval")
print(eval(c2))
try:
    eval("1 +")
except SyntaxError as e:
    print("SE", e.msg, e.lineno, e.filename, str(e))
try:
    exec("for x in:\n  pass")
except SyntaxError as e:
    print("SE2", e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
def g():
    z = 4
    return eval("z * x")
print(g())
exec("print(__name__)")
exec("import math\nprint(math.pi > 3)", {})
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print("KE", e)
c3 = compile("7*6", "<s>", "single")
exec(c3)
r = eval("[i*i for i in range(4)]")
print(r)
import math
print("floor" in dir(math))
eval("1/0")
