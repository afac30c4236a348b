# sort and sorted with key and reverse; stability
nums = [5, -2, 9, 0, -7, 3, 3]
a = nums[:]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.sort(key=abs)
print(a)
a.sort(key=abs, reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "fig", "Date", "elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(records))
print(sorted([3.5, 1, -2.25, 2 ** 65, True]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted([]))
print(sorted([[2, 1], [1, 2], [1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
stable = [("x", 1), ("y", 0), ("z", 1), ("w", 0)]
stable.sort(key=lambda p: p[1])
print(stable)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
data.sort(key=lambda v: v % 3)
print(data)
print(sorted(range(10), key=lambda v: -v)[:3])
r = [1, 2, 3]
print(sorted(r) is r, sorted(r) == r)
lst = [3, 1, 2]
print(lst.sort(), lst)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 101 for i in range(60)]
big.sort()
print(big[:10], big[-5:])
print(sorted([0.5, -0.0, 0.0, -1, 1]), sorted([False, True, 0, 1]))
