CASES = [
 # realistic mistakes
 'def f(x):\n    return x +\n', 'def f(x)\n    return x\n', 'class A(object)\n    pass\n', 'for i in range(10)\n    print(i)\n',
 'if x == 1\n    print(x)\nelse:\n    pass\n', 'while True print(1)\n', 'd = {"a": 1 "b": 2}\n', 'l = [1, 2 3]\n', 't = (1 2)\n',
 'print("hello"\nx = 1\n', 'x = [1, 2,\ny = 3\n', 'foo(a, b\n\ndef g(): pass\n', 'x = "unterminated\nprint(x)\n', "s = 'it's'\n",
 'def f(:\n    pass\n', 'import\n', 'from x import\n', 'from x import (a, b\n', 'return x y\n', 'x = 5 ++\n', 'x === 1\n',
 'if x = 1:\n    pass\nelif y = 2:\n    pass\n', 'while x = f():\n    pass\n', 'assert x = 1\n', 'f(x) = 1\n', 'x.y() = 2\n',
 'def f():\n\treturn 1\n        return 2\n', 'def f():\n    x = 1\n   y = 2\n', '  x = 1\n', 'if True:\npass\n', 'try:\n    x\nexcept ValueError, e:\n    pass\n',
 'print "a", "b"\n', 'exec "x = 1"\n', 'x = 10L\n', 'x = 0777L\n', 'x = u"a" b"b"\n', 'raise E, "msg"\n', 'def f(x, (a, b)):\n    pass\n',
 'lambda x: yield\n', 'x = yield = 3\n', 'def f(*, **k): pass\n', 'def f(a=1, b): pass\n', 'f(a=1, a)\n', 'f(**k, *a)\n', 'f(x for x in y, z)\n',
 'x = [i for i in range(3) if i else 0]\n', 'x = {1: 2, 3}\n', 'x = {1, 2: 3}\n', 'x = 1 if y\n', 'x = (1 if y)\n', 'del x + 1\n', 'del f()\n',
 'with open(f) as g, :\n    pass\n', 'with open(f) as 1:\n    pass\n', 'for 1 in x:\n    pass\n', 'for x in y, :\n    pass\n', 'x = @\n', 'x = a @\n',
 'class A:\n    def f(self):\n        pass\n  def g(self):\n        pass\n', 'x = """\nabc\n', "x = '''abc\n", 'x = f"{a!z}"\n', 'x = f"{a:{b:{c}}}"\n',
 'x = 1\nif x:\n    pass\n  else:\n    pass\n', 'match x:\n    case 1:\n        pass\n', 'nonlocal x\n', 'x = not\n', 'x = a not b\n', 'x = a is not not b\n',
 'x = 1 +* 2\n', 'x = ()) \n', 'x = ((\n)\n', 'x = [)\n', 'f(\n', 'f(a,\n', 'f(a,, b)\n', 'f(,)\n', 'x = [,]\n', 'x = {,}\n', 'x = (,)\n',
 # behaviours verified against CPython quirks
 'A(classb): pass\n', 'f(): int\n', 'a.b(): int = 1\n', 'match(x)\nx = 1 2\n', 'match -x\n->', 'with (a, b) as  ass\n', 'with a as b\n    pass\n',
 'x = 1 + # c\n', 'x = 1 +   # comment here\n', 'if x # c\n  pass\n', 'x = 000000000000000000@0not000000000000yield000000\n', 'x = 1or2\n', 'x = 1andy\n',
 'x = a, 1 = 2\n', 'x = a, b = 1 = 2\n', 'x.y = a, 1 = 2\n', 'x = a + 1, 2 = 3\n', 'x = a, **b\n', 'x = lamb.a, b=1, *c, d, e=2, **f: a\n',
 'x = f((x for x *n y), 1)\n', 'for lambdain *a, b[   pass\n', 'x = [x fdin (1 if a =lse 2)]\n', 'x = {1,for}\n', "x = f'''\\{\na\n+}b\n}'''\n",
 'x \n  [*isc}]\n', 'x = a\n  [1:2"..]\n\\', ' = fb}c\'\n', '\n -2*)\n', 'raise[fro\n  m e\n', 'f a i0xrt (b,\n c,', 'x ... f\'\\N{DIGIT ONE={2}\'\n',
 'x = (1,\n  2 \\ 3\n', 'foo(a,\n  b c\n  \\ x)\n', 'x = 1\n\\ y\n', 'x = "\xe9" + 1 2\n', 'x = "\u65e5\u672c" 1\n', 'f("\xe9", a for a in b, c)\n',
]
