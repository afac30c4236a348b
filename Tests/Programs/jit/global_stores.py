# Globals as traces see them: read from their dict entry, so that rebinding one global
# (here a counter a function bumps on every call) leaves traces that read others valid;
# stored to by traces (`global` statements, and loops at module level, whose variables
# are globals); and a trace leaves when the module's keys change (a global added or
# deleted, a built-in shadowed by a new global of the same name).
import math

STAMP = 0
SIZE = 9


def tick():
    global STAMP
    STAMP += 1
    return STAMP


def stamps(n):
    total = 0
    for i in range(n):
        total += tick() % SIZE
    return total


print(stamps(5000), STAMP)


# A module-level loop: i, acc and x are globals, written and read back every iteration.
acc = 0
x = 0.25
for i in range(6000):
    acc += i % 7
    x = math.sin(x) + 0.5
print(acc, round(x, 12), i)


# A new global appears mid-loop (the module's keys change), then an old one goes.
def adds(n):
    s = 0
    for i in range(n):
        s += SIZE
        if i == 3000:
            globals()['late'] = i
        if i == 4000:
            del globals()['late']
    return s


print(adds(6000), 'late' in globals())


# A built-in shadowed by a new global of the same name while the loop runs, then unshadowed.
def lengths(items, n):
    t = 0
    for i in range(n):
        t += len(items)
        if i == 2000:
            globals()['len'] = lambda s: 100
        if i == 4000:
            del globals()['len']
    return t


print(lengths([1, 2, 3], 6000))


# A global that changes type while a trace stores to it and reads it.
def mixed(n):
    global VAL
    for i in range(n):
        VAL = VAL + 1 if i < 2500 else VAL + 0.5
    return VAL


VAL = 0
print(mixed(5000))


# A function global rebound to another function while a loop calls it.
def f(v):
    return v + 1


def g(v):
    return v * 2


def calls(n):
    global f
    s = 0
    for i in range(n):
        s += f(i) % 1000
        if i == 3000:
            f = g
    return s


print(calls(6000))
