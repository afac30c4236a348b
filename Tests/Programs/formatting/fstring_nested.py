# f-strings: nested format specs, self-documenting =, quotes
width = 12
prec = 3
val = 2.718281828
text = "center"
print(f"[{val:{width}.{prec}f}]")
print(f"[{text:^{width}}] [{text:*>{width}}] [{text:{'-'}<{width - 2}}]")
for w in range(3, 8, 2):
    print(f"[{'x':>{w}}] [{w:0{w}d}]")
fill, align = "#", "^"
print(f"[{text:{fill}{align}{width}}]")
spec = ".2e"
print(f"{val:{spec}}", f"{12345:{','}}", f"{255:{'#x'}}")
x = 10
y = 3
print(f"{x=}", f"{y = }", f"{x + y=}", f"{x*y = }", f"{val=:.2f}", f"{text=!s}", f"{text=}")
items = ["a", "b"]
print(f"{items=}", f"{len(items)=}", f"{items[0]=}")
print(f"{'single'}", f'{"double"}', f"""{'''triple'''}""", f'''{"mixed"}''')
d = {"k": 1}
print(f"{d['k']}", f'{d["k"]}')
print(f"{f'{x}'}", f"{f'{x:>{y}}'}", f"{'{'}{x}{'}'}")
names = ["ann", "bob", "cy"]
print(f"{', '.join([f'{i}:{n.title()}' for i, n in enumerate(names)])}")
table = [("a", 1.5), ("bb", 22.25), ("ccc", 333.125)]
for k, v in table:
    print(f"{k:<5}|{v:>9.2f}|{v:<+8.1e}|{int(v):^5}|")
print(f"{x:{y}}|{x:<{y}}|{x:0{y}}")
print(f"{'%d' % x}", f"{'{}'.format(y)}", f"{x!r:>5}", f"{'r'!r:^7}")
