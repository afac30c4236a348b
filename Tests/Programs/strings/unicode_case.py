# Case mapping of non-ASCII text, including special cases
for w in ["ǆungla", "ǅ", "ﬁne", "straße", "İstanbul", "ΌΣΟΣ", "σς", "Ωμέγα", "ÀÉÎÕÜ", "àéîõü",
          "ÿ", "ŉ", "ǰ", "Привет мир", "ǲ", "ꭰ", "ᾳ"]:
    print(w, len(w), w.upper(), len(w.upper()), w.lower(), len(w.lower()), w.title(), w.swapcase(), w.capitalize())
print("ß".upper(), "ﬁ".upper(), len("İ".lower()), "İ".lower() == "i\u0307")
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower(), "σ".upper())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "Ǆ".isupper())
print("Ω".isupper(), "ω".islower(), "日本".isupper(), "日本".islower(), "日本".isalpha())
print("ΣΑΣ".casefold(), "ﬁ".casefold(), "ẞ".lower(), "ß".casefold())
