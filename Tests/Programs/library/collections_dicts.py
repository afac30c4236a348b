# collections: defaultdict, OrderedDict and Counter.
from collections import defaultdict, OrderedDict, Counter

groups = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog".split():
    groups[len(word)].append(word)
print(sorted(groups.items()))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(isinstance(counts, dict), counts["zz"], len(counts), counts.get("qq"), "qq" in counts)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(list, {"a": [1]}))

od = OrderedDict()
for k in "hello":
    od[k] = ord(k)
print(od)
od.move_to_end("h")
od.move_to_end("o", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys("xyz", 0))

c = Counter("abracadabra")
print(c, c["a"], c["z"])
print(c.most_common(3), c.most_common())
print(sorted(c.elements()))
c.update("aaz")
c.subtract({"b": 1})
print(c)
d = Counter(a=3, b=-1, e=2)
print(c + d, c - d, c | d, c & d)
print(+d, -d, d.total())
words = "one two three two three three".split()
print(Counter(words).most_common(1), Counter(words) == Counter(reversed(words)))
print(Counter())
