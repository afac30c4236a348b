# splitlines and expandtabs
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(), "\na".splitlines())
print("x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r".splitlines())
print("keep\nends\n".splitlines(keepends=True))
print("no newline".splitlines(), "trailing\r".splitlines(True))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tcd".expandtabs(2), "\t".expandtabs(0))
print(repr("12345\t1\t".expandtabs(4)), repr("x\ty\nab\tc".expandtabs(3)), repr("\t\t".expandtabs(1)))
print(repr("col1\tcol2\r\tx".expandtabs()), len("a\tb".expandtabs()))
print(repr("a\nb".split("\n")), repr("a\r\nb".split("\n")))
