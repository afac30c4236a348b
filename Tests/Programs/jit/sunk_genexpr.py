# Generator expressions whose function and generator the JIT makes only when a trace
# leaves inside them (allocation sinking): varying lengths, items of varying types,
# exceptions from inside, closures over the loop's variables, escaping generators.

def lengths(n):
    total = 0
    for i in range(n):
        k = i % 7
        s = set(j * i for j in range(k))
        t = tuple(x + i for x in range(k % 3 + 1))
        l = list(y for y in t if y % 2)
        total += len(s) + sum(t) + len(l)
    return total

print(lengths(3000))

def mixed(n):
    out = []
    for i in range(n):
        vals = [1, 2.5, 3] if i % 5 else [1, "a", 3]
        try:
            r = tuple(v * 2 for v in vals)
        except TypeError as e:
            r = ("err", str(e))
        if i % 1000 == 0:
            out.append(r)
    return out

print(mixed(4000))

def raising(n):
    caught = 0
    for i in range(n):
        d = i % 13
        try:
            s = set(10 // (j - d) for j in range(5))
        except ZeroDivisionError:
            caught += 1
    return caught

print(raising(5000))

def closures(n):
    acc = 0
    for i in range(n):
        base = i % 4
        acc += sum(tuple(base * j + i for j in range(3)))
        acc += len(set((lambda z: z + base)(j) for j in range(base + 1)))
    return acc

print(closures(4000))

def escaping(n):
    kept = []
    total = 0
    for i in range(n):
        g = (j * 2 for j in range(i % 5))
        if i % 500 == 0:
            kept.append(g)
        total += sum(list(g))
    return total, [list(g) for g in kept], [type(g).__name__ for g in kept[:2]]

print(escaping(3000))

def resumed(n):
    total = 0
    for i in range(n):
        for v in (k * k for k in range(i % 6)):
            total += v
    return total

print(resumed(4000))

def partial(n):
    seen = []
    results = 0
    for i in range(n):
        try:
            t = tuple(seen.append(j) or 10 // (j - i % 9) for j in range(6))
            results += len(t)
        except ZeroDivisionError:
            results -= 1
    return results, len(seen), sum(seen)

print(partial(4000))
