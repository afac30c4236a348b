# list methods
lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
lst.extend("ab")
lst.extend(range(2))
lst.extend((7,))
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
lst.insert(-100, "very first")
print(lst)
lst.remove("a")
lst.remove(1)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst.pop(2))
print(lst)
print(lst.index(5), lst.index(1), lst.index(1, 3), lst.count(1), lst.count("zz"))
nums = [5, 2, 8, 1, 9, 2]
nums.reverse()
print(nums)
c = nums.copy()
c.append(100)
print(nums, c, c is nums)
c.clear()
print(c, len(c))
print([1, 2, 3].index(3, -1), [1, 2, 1, 2].index(2, 2, 4))
try:
    [1, 2].index(1, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    [].remove(0)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(3)
except IndexError as e:
    print("IndexError:", e)
r = nums.append(0)
print(r, nums.reverse(), nums.sort(), nums)
m = [[]] * 3
m[0].append(1)
print(m)
m2 = [[] for _ in range(3)]
m2[0].append(1)
print(m2)
stack = []
for i in range(4):
    stack.append(i * i)
while stack:
    print("pop", stack.pop(), end="; ")
print()
q = [1, 2, 3]
q.append(q.pop(0))
print(q)
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list([1, [2]]))
