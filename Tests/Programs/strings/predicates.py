# is* predicates
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "Hello World", "hello world",
           "1.5", "-1", "a b", "Title Case Here", "UPPER123", "x_y", "aA", "A1b2", "_private",
           "9lives", "Hello world", "A", "z", "\x0b\x0c\r", "tab\there", "0", "MiXeD", "ALL CAPS!"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
