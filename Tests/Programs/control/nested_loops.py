# Nested loops, break/continue only affect the innermost loop
for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += "%4d" % (i * j)
    print(row)

found = None
for i in range(2, 20):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        if i > 10 and found is None:
            found = i
print("first prime above 10:", found)

primes = []
for n in range(2, 60):
    is_prime = True
    d = 2
    while d * d <= n:
        if n % d == 0:
            is_prime = False
            break
        d += 1
    if is_prime:
        primes.append(n)
print(primes)

pairs = []
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        if a + b > 4:
            break
        pairs.append((a, b))
print(pairs)

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in grid:
    for v in row:
        if v % 2 == 0:
            continue
        print(v, end=" ")
print()
t = []
for i in range(3):
    for j in range(3):
        t.append(grid[j][i])
print(t)
done = False
for i in range(5):
    for j in range(5):
        if i * j == 6:
            done = True
            break
    if done:
        break
print("stopped at", i, j)
n = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a < b < c:
                n += 1
                print("triple", a, b, c)
print(n)
