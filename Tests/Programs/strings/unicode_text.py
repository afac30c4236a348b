# Unicode text: length, indexing, slicing, case
s = "héllo wörld"
print(s, len(s), s[1], s[-4], s[1:5], s[::-1], s.upper(), s.title())
j = "日本語のテキスト"
print(j, len(j), j[0], j[-1], j[2:4], j[::2], j.find("テ"), j.upper() == j)
e = "I ❤ 🐍 and 😀!"
print(e, len(e), e[2], e[4], e[6:], e.split(), e.upper())
mixed = "añb😀c"
for i in range(len(mixed)):
    print(i, mixed[i], ord(mixed[i]))
print(mixed[::-1], mixed[1:4], list(mixed))
combining = "e\u0301"
print(len(combining), combining, combining.upper(), len("é"), combining == "é")
flags = "🇫🇷"
print(len(flags), [hex(ord(c)) for c in flags])
zwj = "👩‍💻"
print(len(zwj), [hex(ord(c)) for c in zwj])
print("Ελληνικά".upper(), "ελληνικά".title(), "ΑΒΓ".lower(), "Привет".upper(), "ПРИВЕТ".capitalize())
print("naïve café".split(" "), "naïve" < "naive", "café".replace("é", "e"))
print("😀" * 3, len("😀" * 3), "a😀b".index("b"), "x" + "😀" + "y")
print("\u00e9" == "é", "\u03b1", "\U0001F600" == "😀", "\u65e5\u672c")
print("→".join(["a", "b", "c"]), "★".center(5, "·"), "🙂".rjust(4, "."))
print(str(len("straße")), "straße".upper(), len("straße".upper()))
print(sorted(["é", "e", "z", "É", "a", "😀", "日"]))
print(max("abc😀"), min("😀日é"))
