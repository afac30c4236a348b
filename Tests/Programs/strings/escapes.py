# String literal escapes, raw strings, triple quotes
print("tab:\t|", "newline:\\n", "quote:\"", 'apos:\'', "backslash:\\")
print("\x41\x42\x43", "\101\102\103", "\u0041\U00000042", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(len("\n"), len("\\n"), len(r"\n"), len("\x00"), len("\0"), len("\101"))
print(r"raw\nstring\t", R"C:\path\to\file", r"\\", r'\'', len(r"\'"))
print("""triple "double" quotes
spanning lines""")
print('''single 'triple'
quotes''')
print("""\
no leading newline""")
print("line1\
 continued")
s = """a
b
c"""
print(s.split("\n"), len(s))
print([ord(c) for c in "\a\b\f\v\r"])
print("null:\0:", repr("\0"), repr("\x00ab"))
print('mixed' "quote" '''styles''' """here""")
print("\u00e9t\u00e9", "\xe9", "\351")
x = "first" \
    "second"
print(x)
print("{}".format("\\"), "%s" % "\t".strip() + "end")
print(repr("""'"'"'"'"""))
