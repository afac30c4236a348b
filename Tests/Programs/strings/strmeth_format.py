# str.format and format(): field names, indexing, attributes, conversions, nested specs, errors
def call(fmt, args):
    if len(args) == 0:
        return fmt.format()
    if len(args) == 1:
        return fmt.format(args[0])
    if len(args) == 2:
        return fmt.format(args[0], args[1])
    return fmt.format(args[0], args[1], args[2])

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print("{}-{}-{}".format(1, "a", 2.5), "{0}{1}{0}".format("a", "b"), "{x}-{y!r}".format(x=1, y="s"))
print("{:>8}|{:<5}|{:^7}|".format("a", 12, 1.5), "{0[1]}".format([1, 2]), "{0[a]}".format({"a": 5}), "{0[0][1]}".format([[1, 2]]))
print("{:{}}|".format("a", 5), "{0:{1}}|".format("a", 5), "{:{}{}}|".format("a", ">", 5), "{:>{w}}|".format("a", w=5), "{0:{fill}^{w}}".format("ab", fill="*", w=6))
print("{0!r:>5}|{0!s:<4}|{0!a}".format("é"), "{a.real}".format(a=3), "{0.imag}".format(5), "{0[1]}".format("abc"), "{0[}]}".format({"}": 1}))
print("{00}".format(1), "{١}".format(1, 2), "{0[١]}".format([1, 2]), "x{}y{{z}}".format("-"), "}}{{".format())
print("{:,}".format(1234567), "{:08.3f}".format(-3.14159), "{:x} {:#o} {:b} {:X}".format(255, 8, 5, 2**70), "{:e}".format(12345.678), "{:%}".format(0.25))
print("{:5}|{}|{:d}|{:x}".format(True, True, False, True), "{}".format(None), "{:>10}".format(str([1, 2])), "{:=+8d}".format(42), "{:c}".format(9731))
print("{:.3}".format("abcdef"), "{:g}".format(1e20), "{:,d}".format(-2**70), "{:é^9}".format("ab"), "{:*<+10.2f}".format(3.14159), "{:_x}".format(2**40))
print("{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5), "{:10.3e}".format(-0.000123), "{:G}".format(1e-10), "{:n}".format(1234567), "{:.2%}".format(0.12345))
print("{a}{b}".format_map({"a": 1, "b": 2}), format(1, ""), format(True, ""), format(True, "^5"), format(None, ""), format([1], ""), format(1e16), format(0.1, ".20f"))
print(f"{3.0}", f"{'x'!r:>5}", f"{1+1:03d}", f"{'é'!a}", f"{2**70:,}", f"{-0.0:z.1f}", f"{True}", f"{None!s:>6}|")
for fmt, args in [("{}", ()), ("{1}", (1,)), ("{} {1}", (1, 2)), ("{1} {}", (1, 2)), ("{:d}", ("a",)), ("{", ()), ("}", ()), ("{0:{{}}}", (1,)),
                  ("{!x}", (1,)), ("{!}", (1,)), ("{!rr}", (1,)), ("{0.}", (1,)), ("{0[}", (1,)), ("{0]}", ({"0]": 1},)), ("{0[0]x}", ([1],)),
                  ("{0:{1:{2}}}", ("abc", "s", "")), ("{0[-1]}", ([1, 2],)), ("{0.nope}", (1,)), ("{0[5]}", ("abc",)), ("{ 0}", (1,)),
                  ("{:99999999999999999999}", (1,)), ("{99999999999999999999}", (1,)), ("{:ss}", ("a",)), ("{:.5d}", (1,)), ("{:,s}", ("a",)),
                  ("{:c}", (-1,)), ("{:d}", (1.5,)), ("{:f}", ("a",)), ("{:=10}", ("x",)), ("{:+}", ("x",)), ("{:s}", (None,)), ("{:x}", ([1],))]:
    show(repr(fmt), lambda: call(fmt, args))
show("missing name", lambda: "{x}".format())
show("format_map positional", lambda: "{0}".format_map({}))
show("format_map missing", lambda: "{a}".format_map({}))
show("format bool s", lambda: format(True, "s"))
show("format None spec", lambda: format(None, "5"))
show("format list spec", lambda: format([1], "x"))
