# list operators, nesting, identity vs equality, aliasing
a = [1, 2]
b = [3]
print(a + b, a * 2, 2 * b, [] * 5, a * -1, [0] * 3, [[0]] * 2)
print(3 in a + b, [1] in [[1], [2]], a in [a], None in [None])
c = a
c.append(99)
print(a, c, a is c, a == [1, 2, 99])
d = a[:]
d.append(100)
print(a, d)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
grid[0][2] = grid[1][1] + 1
print(grid)
rows = [[1, 2], [3, 4]]
shallow = rows.copy()
shallow[0].append(9)
shallow.append([5])
print(rows, shallow)
deep = [row[:] for row in rows]
deep[0][0] = -1
print(rows[0][0], deep[0][0])
lst = list(range(10))
lst[2] = "two"
lst[-1] = "last"
print(lst)
try:
    lst[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
nested = [1, [2, [3, [4, [5]]]]]
cur = nested
depth = 0
while isinstance(cur, list):
    depth += 1
    cur = cur[-1]
print("depth", depth, "leaf", cur)
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] is [1, 2, 3], [] == [], [[]] == [[]])
e = []
e += "ab"
e += range(2)
e += (None,)
print(e)
