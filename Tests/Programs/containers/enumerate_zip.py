# enumerate and zip
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=10)))
print(list(enumerate([])), list(enumerate(["x"], -5)))
for i, (a, b) in enumerate(zip("xyz", [10, 20, 30]), start=1):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("a", "b", "c")))
print(list(zip(range(3), range(10, 13), range(20, 23))))
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print(dict(zip(names, ages)))
pairs = list(zip(names, ages))
unzipped_names = [p[0] for p in pairs]
print(pairs, unzipped_names)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = list(zip(matrix[0], matrix[1]))
print(transposed)
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
total = 0
for idx, val in enumerate(range(100, 105)):
    total += idx * val
print(total)
