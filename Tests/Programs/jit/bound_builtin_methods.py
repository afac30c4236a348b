# List methods called through bound-method values held in variables (as fannkuch's
# perm1_ins = perm1.insert): traced like lst.pop(...) and lst.insert(...), with the list
# fixed by the bound method. Rebinding the variable to another list's method, or to
# something else, and popping past the end must behave as in CPython.
def rotate(n, rounds):
    perm = list(range(n))
    ins = perm.insert
    pop = perm.pop
    for r in range(rounds):
        ins(r % n, pop(0))
    return perm


print(rotate(7, 5000))


def collect(n):
    out = []
    add = out.append
    for i in range(n):
        add(i * i % 17)
    return sum(out), len(out)


print(collect(4000))


def switching(n):
    a = list(range(10))
    b = list(range(100, 110))
    pop = a.pop
    ins = a.insert
    total = 0
    for i in range(n):
        if i == n // 2:
            pop = b.pop
            ins = b.insert
        x = pop()
        total += x
        ins(0, x)
    return total, a[:3], b[:3]


print(switching(3000))


def drain(n):
    items = list(range(n))
    pop = items.pop
    got = 0
    try:
        for i in range(n + 5):
            got += pop(0)
    except IndexError as e:
        return got, str(e)


print(drain(2500))


def odd_callee(n):
    d = {}
    setter = d.setdefault
    lst = [0]
    pop = lst.pop
    s = 0
    for i in range(n):
        if i == n - 3:
            pop = setter
        r = pop(0) if pop is not setter else pop(i, i)
        s += r
        lst.append(i)
    return s


print(odd_callee(2000))
