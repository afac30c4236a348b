# f-strings: expressions, conversions, format specs
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value", "n": 5}
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}, half is {n / 2}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e} {pi:g} {pi:.0%}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{n:x}|{n:#o}|{n:b}|{n:,}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r}")
print(f"{items[0]} {items[-1]} {d['key']} {d['n'] + 1} {len(items)}")
print(f"{'quoted'} {'x' if n > 0 else 'y'}")
print(f"{name.upper()} {name.lower()[::-1]} {', '.join(['a', 'b'])}")
print(f"{{braces}} {{{n}}} {n}{{}}")
print(f"{n if n > 40 else 0} {[x * 2 for x in items]} {(lambda v: v + 1)(n)}")
print(f"{True} {None} {1.0} {-0.0} {1e16} {2 ** 100}")
print(f"")
print(f"no fields", f"{''}", f"{'a' 'b'}")
print(f"{n}" f"{name}" "plain" f"{pi:.1f}")
print(f"multi: {n,}", f"{(1, 2)}", f"{ n }", f"{n :>4}")
print(f"""triple {name}
second line {n}""")
print(f"{'nested {braces}'}", f"{d}", f"{ {'a': 1}['a'] }", f"{ {1, 2} }")
print(rf"raw\n{name}", fr"\t{n}", f"\t{n}\\")
print(f"{n % 5}", f"{n // 5 * 5}", f"{-n}", f"{not n}")
