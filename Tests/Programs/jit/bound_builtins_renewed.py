# Bound list methods made anew at every call of the function holding the loop (as
# `pop = lst.pop` in a benchmark's body): the trace must not depend on which bound
# object it saw, only on what it calls and on which list.

def rotate(n, times):
    lst = list(range(n))
    pop = lst.pop
    ins = lst.insert
    app = lst.append
    for i in range(times):
        ins(i % n, pop(0))
        if i % 3 == 0:
            app(pop())
    return lst

for size in (5, 8, 13):
    print(rotate(size, 4000))

def mixed(n):
    a = list(range(10))
    b = list(range(100, 110))
    total = 0
    for i in range(n):
        # The same variable holds methods of different lists, then a different method.
        m = (a if i % 2 else b).pop
        x = m(0)
        total += x
        if i >= n - 20:
            m = a.insert
            m(len(a) // 2, x)
        else:
            (a if i % 2 else b).append(x)
    return total, a, b

print(mixed(5000))

def swapped_method(n):
    lst = [1, 2, 3]
    f = lst.append
    out = 0
    for i in range(n):
        if i == n // 2:
            f = lst.pop       # same receiver, a different method: must not be treated as append
            lst.extend([7] * (n // 2 + 5))
        if i < n // 2:
            f(i)
        else:
            out += f()
    return out, len(lst), lst[-3:]

print(swapped_method(6000))
