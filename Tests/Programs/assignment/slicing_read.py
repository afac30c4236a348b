# Slicing strings, lists and tuples
s = "abcdefghij"
lst = list(range(10))
tup = tuple(range(10))
for seq in [s, lst, tup]:
    print(seq[2:5], seq[:3], seq[7:], seq[:], seq[-3:], seq[:-3], seq[-5:-2])
    print(seq[::2], seq[1::3], seq[::-1], seq[::-2], seq[8:2:-2], seq[-1:-4:-1])
    print(seq[100:], seq[-100:2], seq[5:2], seq[2:100:4], seq[5:-100:-1], seq[-100:100])
print(s[3:3], s[10:], s[11:12], s[-11:1], s[1:-1])
print(lst[::-1][::-1] == lst, s[::-1][:3], tup[::3])
print(s[None:None], s[None:4], s[4:None:-1], s[::None])
print("hello"[::-1], "racecar"[::-1] == "racecar", [][::-1], ()[1:])
print(s[0:10:20], s[9:0:-20], s[-1::-5], lst[1:8:3])
copy = lst[:]
copy.append(99)
print(len(lst), len(copy), copy is lst)
print(s[2:8][1:3], lst[2:8][::2], tup[::-1][2:5])
big = 2 ** 70
print(s[-big:big], s[big:], lst[:-big])
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    print(lst[1.5:2])
except TypeError as e:
    print("TypeError:", e)
print(type(s[1:3]), type(lst[1:3]), type(tup[1:3]))
r = range(10)
print(r[2:5], r[::-1], r[::3], list(r[1:8:2]), r[-2:])
