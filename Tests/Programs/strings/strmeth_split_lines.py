# str.split / rsplit / splitlines edge cases: Unicode whitespace, maxsplit, keywords, errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

samples = ["a\u3000b\x1cc  d", "  a b  ", "\u2003x\u00a0y\u2028z ", "é  ü\tö", "aaa", "aaaa", "", "   ", "a", "日本 語\u3000テキスト"]
for s in samples:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=2))
    print("   ", s.split("a"), s.rsplit("aa"), s.split("aa", 1), s.rsplit(" ", 1), s.split(sep=" "))
for s in ["x\r\ny\rz\n", "\r\n\r\n", "\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "no breaks", "", "end\r", "ü\nö\r\n"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=False))
print("aXbXc".split("X", -5), "aXbXc".rsplit("X", 1), "XaX".split("X"), "XaX".rsplit("X"))
print("a🎉b🎉c".split("🎉"), "a🎉b🎉c".rsplit("🎉", 1), "🎉".split("🎉"))
show("split 3 args", lambda: "a".split(1, 2, 3))
show("split bad kw", lambda: "a".split(x=1))
show("split dup", lambda: "a".split(",", sep=","))
show("split int sep", lambda: "a".split(1))
show("split str maxsplit", lambda: "a".split(",", "x"))
show("split empty sep", lambda: "a".split(""))
show("rsplit empty sep", lambda: "a".rsplit(""))
show("split big", lambda: "a".split(maxsplit=2**70))
show("splitlines 2 args", lambda: "a".splitlines(1, 2))
show("splitlines None", lambda: "a".splitlines(None))
show("splitlines kw", lambda: "a".splitlines(x=1))
show("split None maxsplit kw", lambda: "a b c".split(None, maxsplit=1))
show("rsplit too many", lambda: "a".rsplit(None, 1, sep=2))
