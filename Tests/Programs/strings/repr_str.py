# repr() of strings: quote selection, escapes, unicode
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "new\nline",
           "back\\slash", "\r\n", "\x00\x01\x1f", "\x7f", "\x80\x9f", "\xa0", "é", "日本", "😀",
           "\u200b", "\u2028", "\ufeff", "\U0001F600", "\U000e0001",
           "'", '"', "'\"", "\a\b\f\v", "\\n", "\u0301", "\u00ad", "\u061c", "\U0010ffff"]
for s in samples:
    print(repr(s), len(s))
print(str("it's"), str('x"y'))
print(["a", "b'c", 'd"e'], ("\n",), {"k": "v\t"})
print(repr(repr("x")), repr(str(5)), repr("a" + "'" + '"'))
print("%r" % "it's", "{!r}".format("tab\t"), f"{'q'!r}")
print(ascii("héllo 😀"), ascii(["é"]), ascii("plain"))
