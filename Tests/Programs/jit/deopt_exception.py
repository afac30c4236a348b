# An exception raised and caught inside a traced loop.
def run(n):
    total = 0
    errors = 0
    for i in range(n):
        try:
            total += 1000 // (i % 1500 - 700)
        except ZeroDivisionError:
            errors += 1
    return total, errors

print(run(6000))

def lookups(data, n):
    hits = 0
    misses = 0
    for i in range(n):
        try:
            hits += data[i % 1200]
        except IndexError:
            misses += 1
    return hits, misses

print(lookups(list(range(1000)), 5000))
