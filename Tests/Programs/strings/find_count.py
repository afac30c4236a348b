# find, rfind, index, rindex, count
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"), s.find(""))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o"), s.rfind(""), s.rfind("z"))
print(s.index("world"), s.rindex("o"), s.index("o", 5), s.index("o", -5))
print(s.count("o"), s.count("hello"), s.count(""), s.count("l", 0, 5), s.count("xyz"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "abc".count("", 1))
print(s.find("o", -3), s.find("o", 100), s.find("", 100), s.rfind("", 5, 3), s.find("h", -100))
print("abc".find("c", 0, 2), "abc".find("c", 0, 3), "abc".find("", 3), "abc".find("", 4))
try:
    s.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("missing")
except ValueError as e:
    print("ValueError:", e)
print("héllo wörld".find("wö"), "日本語テキスト".find("テ"), "😀a😀b".rfind("😀"), "😀a😀b".count("😀"))
print([i for i in range(len(s)) if s.startswith("l", i)])
pos = s.find("l")
positions = []
while pos != -1:
    positions.append(pos)
    pos = s.find("l", pos + 1)
print(positions)
print("in:", "world" in s, "World" in s, "" in s)
