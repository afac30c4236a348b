# strip family and replace
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("".strip()), repr("   ".strip()), repr("hi".strip("")), repr("aaa".strip("a")))
print(repr("www.example.com".strip("cmowz.")), repr("\u00a0nbsp\u00a0".strip()))
print(repr("  x  ".strip(None)), repr("--x--".lstrip("-")), repr("--x--".rstrip("-")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("xyz", "!"))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("banana".replace("an", ""), "x".replace("x", "xx").replace("x", "yx"))
print("a.b.c".replace(".", "", -1), "a.b.c".replace(".", "/", 0), "".replace("", "z"))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2))
print("Tab\tSeparated".replace("\t", "    "), "new\nline".replace("\n", "\\n"))
print("removeprefix:", "TestCase".removeprefix("Test"), "TestCase".removeprefix("X"))
print("removesuffix:", "file.py".removesuffix(".py"), "file.py".removesuffix(".txt"))
text = "The rain in Spain stays mainly in the plain"
print(text.replace("ain", "AIN"), text.count("ain"))
print("ümlaut".replace("ü", "ue"), "emoji 😀!".replace("😀", ":)"))
