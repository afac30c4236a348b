# repr/ascii of tricky text, and indexing/slicing of non-ASCII strings
for s in ["a", "é\n", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad\xff", "\u200b\u2028\ufeff\ue000", "🎉\U000e0001", "'", '"', "'\"", "\\", "it's", 'say "hi"',
          "tab\there", "日本", "\u0378"]:
    print(repr(s), ascii(s), len(repr(s)), repr([s]), ascii({s: s}))
m = "aé🎉b\u0301ΣxЖ"
print([m[i] for i in range(len(m))])
print([m[i] for i in range(-1, -len(m) - 1, -1)])
print(m[2:5], m[-4:-1], m[::2], m[::-2], m[5:1:-1], m[1:100:3], m[100:], m[-100:2], repr(m[3:3]))
i = 0
out = []
while i < len(m):
    out.append(m[i])
    i += 2
print(out, "".join(reversed(m)), m * 2, repr(m * 0), repr("" * 5))
for bad in [1.5, "a", 2**70, 8, -9]:
    try:
        print(m[bad])
    except Exception as e:
        print(type(e).__name__, e)
