# range with various steps
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 3)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, -5, -2)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(-1, -10, -4)), list(range(-10, -1, 4)))
for i in range(3, -4, -3):
    print(i, end=",")
print()
for i in range(100, 90, -1):
    if i == 95:
        continue
    print(i, end=" ")
print()
print(sum(list(range(101))), sum(list(range(1, 100, 2))), sum(list(range(-100, 0, 7))))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(list(range(True, 4)), list(range(2 ** 64, 2 ** 64 + 3)))
print(list(range(-(2 ** 64), -(2 ** 64) - 3, -1)))
