# startswith / endswith, including tuples and ranges
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(""))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith(""))
print(s.startswith(("x", "fi")), s.startswith(("x", "y")), s.endswith((".zip", ".gz", ".tgz")))
print(s.startswith("file", -20), s.startswith("gz", -2), s.endswith("file", 0, 4), s.endswith("e", 0, -100))
print("".startswith(""), "".endswith("a"), "a".startswith("ab"), "ab".endswith("ab"))
for name in ["a.py", "b.txt", "c.PY", "readme", ".py"]:
    print(name, name.endswith(".py"), name.lower().endswith((".py", ".txt")))
print("ünïcode".startswith("ün"), "emoji😀".endswith("😀"), "😀x".startswith("😀"))
try:
    s.startswith(["f"])
except TypeError as e:
    print("TypeError:", e)
