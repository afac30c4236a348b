# exec/eval/compile with a locals mapping distinct from the globals: statements store into
# the mapping, functions and classes defined there, `global`, exec() inside a function.
g = {"base": 10}
l = {}
exec("x = base + 1\ny = x * 2\ndef f(k):\n    return k + base\nz = f(5)\nfor i in range(3):\n    x += i\n", g, l)
print(sorted(l)[0:2], l["x"], l["y"], l["z"], "x" in g, sorted(k for k in g if k != "__builtins__"))
print(eval("x + y + base", g, l))
code = compile("w = x * 100\nglobal q\nq = 7", "<s>", "exec")
exec(code, g, l)
print(l["w"], g["q"], "q" in l)
def inner():
    a = 5
    exec("b = a + 1")
    return locals().get("b", "missing"), a
print(inner())
ns = {}
exec("class C:\n    v = 3\n    def m(self): return self.v\nr = C().m()", {}, ns)
print(ns["r"], [k for k in sorted(ns)])
print(eval(compile("1 + 2", "<e>", "eval")), eval("[n * n for n in range(4)]", {}, {"k": 1}))
try:
    exec("y = undefined_name", {}, {})
except NameError as e:
    print("NameError:", e)
