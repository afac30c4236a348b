# Case conversion
words = ["hello", "HELLO", "hElLo wOrLd", "hello world", "they're bill's friends",
         "123abc", "ABC123def", "", "a", "o'neil mc-donald", "straße", "ÉCOLE élève"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("hello"[0].upper() + "hello"[1:], "x".upper().lower())
print("casefold:", "Straße".casefold(), "HELLO".casefold() == "hello")
print("HeLLo".upper() == "HELLO", "abc".islower(), "ABC".isupper())
