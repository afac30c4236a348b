# while loops, with else, break, continue
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("while else ran, i =", i)

i = 0
while i < 10:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")

i = 0
total = 0
while i < 20:
    i += 1
    if i % 3:
        continue
    total += i
print("total of multiples of 3:", total)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)

a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd:", a)

count = 0
while True:
    count += 1
    if count >= 7:
        break
print("count", count)

x = 0
while x < 3:
    y = 0
    while y < 3:
        if y == x:
            y += 1
            continue
        print(x, y)
        y += 1
    x += 1

while False:
    print("never")
else:
    print("else of never-run while")

items = [3, 1, 4]
while items:
    print("pop", items.pop())
print(items)
