# is* predicates on non-ASCII text
samples = ["½", "²", "٣", "éàü", "日本語", "😀", "\u00a0", "Ⅻ", "ⅻ", "Ǆ", "ǅ", "Ω", "ω", "١٢٣",
           "\u2003", "\u3000", "ß", "ÉCOLE", "Élève École", "名前", "x\u0301", "\u200b", "\u2028",
           "𝟘", "①", "Привет", "ПРИВЕТ", "αβγ1", "ﬁ", "ı"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
