# Iterating over strings
for ch in "hi!":
    print(ch, ord(ch))
vowels = 0
for ch in "The quick brown fox jumps over the lazy dog":
    if ch.lower() in "aeiou":
        vowels += 1
print("vowels:", vowels)
print(list("abc"), tuple("xy"), sorted("banana"), list(reversed("abc")))
print([c for c in "a1b2c3" if c.isdigit()], "".join([c for c in "a1b2c3" if c.isalpha()]))
for i, ch in enumerate("日本😀"):
    print(i, ch, len(ch))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
freq = {}
for ch in "hello world":
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
print(list(zip("abc", "123")), dict(zip("ab", "xy")))
print(list(map(ord, "AZ")), list(filter(str.isupper, "aBcDe")))
print(any([c.isdigit() for c in "abc1"]), all([c.isalpha() for c in "abc1"]))
s = "word"
rev = ""
for c in s:
    rev = c + rev
print(rev)
print(set("aab") == {"a", "b"}, sorted(set("mississippi")))
