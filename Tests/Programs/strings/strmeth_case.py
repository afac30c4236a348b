# Case mapping and character predicates beyond ASCII: final sigma, special casing, casefold, titlecase
words = ["ΑΣ", "ΑΣ ΣΑ", "ΑΣ΄Σ", "ΣΑΣ ΣΑΣ.", "Σ", "aΣb", "straße", "İstanbul", "ǅungla", "ǆemal", "ﬁnnish", "ŉ", "ﬀ", "ΐ", "ǰ",
         "hello2world", "they're bill's", "o'neil mc-donald", "ÉCOLE élève", "ǈ", "ᾳ", "Ꭰꭰ", "ꭰ", "µ", "ſ", "ẞ", "ı", "K"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print("   ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isidentifier(), w.isprintable())
for s in ["123", "١٢٣", "²³", "½", "Ⅻ", "一二三", "1_000", "12a", "", " ", "\u3000\x1c\t", "\u200b", "\xa0", "x y", "_a1", "1a", "a-b", "ä", "\u0378"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "ǅungla".istitle(), "A1b".istitle(), "1A".istitle(), "".istitle())
print("ABC def".swapcase(), "ß".upper().lower(), "ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ß".capitalize(), "ﬃ".title())
