# partition / rpartition
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("abc".partition("abc"), "abc".partition("abcd"), "abc".rpartition("x"))
url = "https://example.com/path/to/page"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path)
print("file.tar.gz".rpartition(".")[2], "archive".rpartition(".")[0] == "")
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print("日本=語".partition("="), "😀|😃".rpartition("|"))
