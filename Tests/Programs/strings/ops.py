# String operators: + * in comparisons len
a = "abc"
b = "xyz"
print(a + b, a * 3, 3 * a, a * 0, a * -2, "" * 100, (a + b) * 2)
print("b" in a, "bc" in a, "ac" in a, "" in a, "" in "", "A" in a, a in a + b)
print("b" not in a, "q" not in a)
print(a == "abc", a != "abc", a < b, a > b, "abc" < "abcd", "abd" > "abc", "Z" < "a", "" < " ")
print("apple" < "banana", "apple" < "Apple", "a" * 3 == "aaa", "é" > "z", "😀" > "日")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x", " y"]))
print(max("hello"), min("hello"), max(["b", "abc", "ab"]), min("b", "abc", "ab"))
print(len(a), len(""), len(" "), len("\n\t"), len("日本語"), len("😀😀"))
x = "con" "cat" "enation"
print(x, "implicit " 'mixed ' """quotes""")
print(str(12) + "px", "%s" % 12 + "px", repr("q") + "!")
s = ""
for i in range(5):
    s += str(i)
print(s, s * 2, s[::-1] + s)
print("ab" * True, "ab" * False)
print("abc" == "abc" == "abc", "a" < "b" < "c")
