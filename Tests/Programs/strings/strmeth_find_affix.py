# find / rfind / index / rindex / count / startswith / endswith with start and end, non-ASCII text
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "héllo wörld, héllo 🎉 wörld"
for sub in ["l", "é", "wö", "🎉", "", "xyz", "héllo"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, -3),
          s.find(sub, -8), s.count(sub, 2, 20), s.find(sub, 100), s.rfind(sub, -100, 5))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2), "abc".count("", 4), "abc".count("", 3), "abc".count("", 1, 2))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "a".find("a", None, None), "abc".find("c", -1, None))
print("abc".find("a", -2**70), "abc".count("a", 2**70), "abc".rfind("b", True))
for pre in ["hé", ("x", "hé"), "", "wörld", ("🎉", "wörld")]:
    print(repr(pre), s.startswith(pre), s.endswith(pre), s.startswith(pre, 6), s.endswith(pre, 0, 11), s.startswith(pre, -7), s.endswith(pre, 2, -2))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4), "abc".endswith("c", -1), "abc".startswith(()))
print("abc".startswith("abc", 0, 2), "abc".endswith(("c",), 1, 2), "abc".startswith("", -100, -50), "abc".endswith("a", None, 1))
print(s.index("wö"), s.rindex("wö"), s.index("é", 2), s.rindex("l", 0, 5))
show("index missing", lambda: "a".index("b"))
show("rindex missing", lambda: "abc".rindex("a", 1))
show("find no args", lambda: "a".find())
show("find int", lambda: "a".find(1))
show("find bad start", lambda: "a".find("a", "x"))
show("find float start", lambda: "a".find("a", 1.5))
show("find 4 args", lambda: "a".find("a", 1, 2, 3))
show("find kw", lambda: "a".find("a", start=1))
show("count no args", lambda: "a".count())
show("startswith int", lambda: "a".startswith(1))
show("startswith tuple int", lambda: "a".startswith((1,)))
show("endswith tuple late int", lambda: "a".endswith(("a", 1)))
show("endswith tuple bad", lambda: "a".endswith(("b", 1)))
show("startswith none", lambda: "a".startswith())
show("in int", lambda: 1 in "abc")
print("é" in s, "" in s, "🎉 w" in s, "xyz" in s, "héllo wörld" in s)
