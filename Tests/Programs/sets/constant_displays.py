# Set displays of three or more constants iterate in CPython's order: CPython makes them
# from a frozenset constant that its compiler builds twice (from the items, then from
# that set's order), which matters where items collide in the table. Other displays add
# their items in order.
print({5, 13, 21}, frozenset({5, 13, 21}), {8, 16, 0, 24, 32}, {1, 9, 17, 25, 33, 41, 49, 57, 65})
print({-1, -9, 7, -17}, {(1, 2), (3, 4), (5, 6), (1, 2)}, {1.5, 9.5, 17.5}, {True, 1, 0, False, 2})
x = 21
print({5, 13}, {5, 13, x}, 13 in {5, 13, 21}, 4 not in {5, 13, 21})
s = {3, 11, 19, 27}
s.add(35)
print(s, sorted({100, 4, 68, 36}), len({1, 1, 1}))
for i in range(3):
    print({i, i + 8, i + 16}, {0, 8, 16} | {i})


def hot(n):
    total = 0
    for i in range(n):
        if i % 7 in {1, 9, 17}:
            total += len({i % 3, 8, 16, 24})
    return total


print(hot(5000))
