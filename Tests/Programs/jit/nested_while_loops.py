# Outer loops whose bodies hold `while` loops: once an inner while loop has machine code,
# the outer loop's trace runs it (CALL_TRACE at the while loop's header) instead of giving
# up on the outer loop. The inner loops end in different ways: their condition, a break,
# an exit of their own trace (a type change), and not at all (condition false at once).


def collatz_lengths(n):
    total = 0
    longest = 0
    for start in range(1, n):
        x = start
        steps = 0
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def digits(n):
    out = 0
    i = 0
    while i < n:
        v = i * 7919
        while v:
            out += v % 10
            v //= 10
        i += 1
    return out


def with_break(n):
    found = []
    k = 0
    while k < n:
        j = 0
        while True:
            j += 1
            if j * j > k:
                break
        found.append(j)
        k += 1
    return sum(found), found[-5:]


def type_change(n):
    acc = 0
    for i in range(n):
        step = 1 if i < n // 2 else 0.5
        t = 0
        while t < 3:
            t += step
        acc += t
    return acc


def zero_trips(n):
    count = 0
    r = 1
    for i in range(n):
        while r != 1:
            r -= 1
            count += 1
        if i % 100 == 0:
            r = 4
    return count


print(collatz_lengths(3000))
print(digits(4000))
print(with_break(3000))
print(type_change(4000))
print(zero_trips(5000))
