# Indexing and negative indexes on strings
s = "Python"
print(s[0], s[1], s[5], s[-1], s[-6], s[-2])
for i in range(-len(s), len(s)):
    print(i, s[i], end="; ")
print()
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-7]
except IndexError as e:
    print("IndexError:", e)
print(type(s[0]), len(s[0]), s[0] == "P", s[True], s[False])
print("abc"[len("abc") - 1], "x"[0][0][0], ("a" + "b")[1])
big = "0123456789" * 10
print(len(big), big[55], big[-45], big[99])
print("".join([s[i] for i in range(len(s) - 1, -1, -1)]))
