# An outer loop whose inner loops mostly leave early (a `break` on the first iteration,
# a short `while`): the outer trace follows the inner trace's side exit and must stop
# following it, exactly, when the inner loop leaves another way.

def permutations_like(n, rounds):
    count = list(range(1, n + 1))
    perm1 = list(range(n))
    pop = perm1.pop
    ins = perm1.insert
    r = n
    total = 0
    steps = 0
    while steps < rounds:
        steps += 1
        while r != 1:
            count[r - 1] = r
            r -= 1
        total += perm1[0] * 3 + perm1[-1]
        while r != n:
            ins(r, pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return total, steps
    return total, steps, perm1, count

print(permutations_like(6, 100000))
print(permutations_like(5, 50))
print(permutations_like(7, 3000))


def search(rows, limit):
    # The inner loop finds the first match, by `break`; the match moves later and later,
    # then never comes (the `else`).
    found = 0
    misses = 0
    for row in rows:
        for j in range(len(row)):
            if row[j] > limit:
                found += j
                break
        else:
            misses += 1
    return found, misses

rows = [[k % 7, k % 5, k % 11, k % 3, k] for k in range(20000)]
print(search(rows, 9))
print(search(rows, 4))
rows2 = [[0] * (k % 9) + [100] for k in range(5000)] + [[1, 2, 3]] * 100 + [[50.5, 7]] * 2000
print(search(rows2, 10))


def nested_continue(n):
    # The inner loop leaves through a side exit into code that jumps back to its header.
    out = []
    i = 0
    while i < n:
        i += 1
        j = 0
        acc = 0
        while j < 6:
            j += 1
            if (i + j) % 4 == 0:
                acc += 100
                continue
            acc += j
        out.append(acc)
    return sum(out), out[:8]

print(nested_continue(30000))


def exits_change_kind(n):
    # The inner loop's early exit is taken at first, then its exception path.
    total = 0
    for i in range(n):
        k = 0
        while True:
            try:
                if k >= 2:
                    break
                total += 10 // (i % 1000 - 999 + k + 1 if i > n // 2 else 1)
            except ZeroDivisionError:
                total -= 1
            k += 1
    return total

print(exits_change_kind(20000))
