# Nested loops: inner loops get traces first; the outer loop's trace calls them, and
# leaves correctly when an inner loop ends early (break), raises, or changes types.
def grid(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i * j
    return total

print(grid(300, 40))

def pairs(items):
    acc = 0.0
    for (a, b) in items:
        acc += a * b
    return acc

def outer(items, rounds):
    s = 0.0
    for r in range(rounds):
        s += pairs(items)
        for x in items:
            s -= x[0]
    return s

print(outer([(i * 0.5, i + 1) for i in range(12)], 2000))

def early(n):
    hits = 0
    for i in range(n):
        for j in range(50):
            if j * j > i:
                break
            hits += 1
    return hits

print(early(3000))

def changing(n):
    total = 0
    for i in range(n):
        step = 1 if i < 1500 else 0.5
        for j in range(10):
            total += step
    return total

print(changing(3000))

def lists(n):
    rows = [[float(i + j) for j in range(8)] for i in range(8)]
    s = 0.0
    for k in range(n):
        for row in rows:
            for v in row:
                s += v
        if k == n // 2:
            rows[3][4] = 100
    return s

print(lists(400))
