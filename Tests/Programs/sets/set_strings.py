# Sets of strings (always sorted before printing)
fruits = {"apple", "banana", "cherry"}
more = {"banana", "date", "elder"}
print(sorted(fruits | more))
print(sorted(fruits & more))
print(sorted(fruits - more))
print(sorted(fruits ^ more))
print("apple" in fruits, "fig" in fruits)
fruits.add("fig")
fruits.discard("apple")
print(sorted(fruits), len(fruits))
words = "the cat and the dog and the bird".split()
unique = set(words)
print(len(words), len(unique), sorted(unique))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
letters = set("abracadabra")
print(sorted(letters), sorted(letters - set("abc")))
print(sorted({"b", "a"}), sorted({"Z", "a", "B"}), sorted({"", " ", "x"}))
print(sorted({("a", 1), ("b", 0), ("a", 0)}))
print({"only"}, {"x"} == {"x"}, sorted(frozenset({"q", "p"})))
