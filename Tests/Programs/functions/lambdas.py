# Lambda expressions
square = lambda x: x * x
add = lambda a, b=10: a + b
const = lambda: "constant"
print(square(7), add(1), add(1, 2), add(b=5, a=1), const())
print((lambda x, y: x * y)(6, 7))
print(list(map(lambda s: s.upper(), ["a", "bc"])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=lambda s: (s.lower(), s)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(3, sym, 4, "=", ops[sym](3, 4))
make_pow = lambda n: lambda x: x ** n
cube = make_pow(3)
print(cube(3), make_pow(2)(12))
fns = [lambda x, k=k: x + k for k in range(3)]
print([f(100) for f in fns])
fns2 = [lambda x: x + k for k in range(3)]
print([f(100) for f in fns2])
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(5)])
print((lambda: (lambda: 42)())())
nested = lambda x: (lambda y: x + y)
print(nested(1)(2))
print(max(["aa", "b", "cccc", "ddd"], key=lambda s: len(s)))
print(min([(3, 'c'), (1, 'z'), (2, 'a')], key=lambda t: t[1]))
ident = lambda x: x
print(ident(None), ident([1, 2]), ident("s"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(type(square).__name__)
