# for loops over various iterables, for/else
for ch in "abc":
    print(ch)
for x in [10, 20, 30]:
    print(x * 2)
for t in (1, "two", 3.0):
    print(repr(t))
for k in {"a": 1, "b": 2, "c": 3}:
    print("key", k)
for n in sorted({5, 3, 9}):
    print("set item", n)
for i in range(3):
    print("range", i)
else:
    print("for else runs after normal completion")

def find(seq, target):
    for i in range(len(seq)):
        if seq[i] == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([4, 8, 15, 16], 15)
find([4, 8, 15, 16], 23)
find([], 1)

for i in []:
    print("never")
else:
    print("else of empty loop")

squares = []
for i in range(10):
    if i % 2 == 0:
        continue
    squares.append(i * i)
print(squares)

for i in range(3):
    pass
print("loop var after loop:", i)

lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(99)
    if len(lst) > 5:
        break
print(lst)

words = ["apple", "banana", "cherry"]
for w in words:
    for c in w:
        if c == "n":
            print(w, "contains n")
            break
    else:
        print(w, "has no n")
for i, w in enumerate(words):
    print(i, w)
total = 0
for x in [1, 2, 3]:
    for y in [10, 20]:
        total += x * y
print(total)
