# A list slice assigned back to a slice of the same list (perm[:k+1] = perm[k::-1]):
# traces move the items without making the slice; exits between the two redo the slice.

def flips(perm):
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n

def fannkuch_like():
    total = 0
    for start in range(300):
        perm = [(start * 7 + i * 3) % 9 for i in range(9)]
        seen = set()
        perm = [x for x in perm if not (x in seen or seen.add(x))]
        perm += [x for x in range(9) if x not in perm]
        total += flips(perm)
    print("flips", total)

def shapes():
    out = []
    for i in range(60):
        a = list(range(12))
        k = i % 11
        a[:k + 1] = a[k::-1]            # reversed onto itself
        b = list(range(12))
        b[:k] = b[k::-1]                # one more item than it replaces
        c = list(range(12))
        c[2:k + 3] = c[::2]             # step 2, other length
        d = list(range(12))
        d[1:] = d[:-1]                  # overlapping shift
        e = list(range(12))
        e[k:] = e[k - 1::-1]            # tail from a reversed head
        f = list(range(12))
        f[-k - 1:] = f[:k + 1]          # negative bounds
        out.append((a[0], len(b), b[:3], c[:6], d[:4], e[-3:], f[-2:]))
    print(out[::7])

def long_slices():
    a = list(range(200))
    for i in range(40):
        k = 100 + i
        a[:k + 1] = a[k::-1]            # more items than are staged
    print(a[:5], a[-5:], len(a))

def live_after():
    kept = []
    a = list(range(10))
    for i in range(40):
        k = i % 9
        t = a[k::-1]
        a[:k + 1] = t
        kept.append(t[0])
    print(a, kept[-5:])

def other_list():
    a = list(range(10))
    b = list(range(10, 20))
    for i in range(40):
        k = i % 9
        b[:k + 1] = a[k::-1]
    print(b)

def overflow_exit():
    # k + 1 and k * m overflow 64 bits in a few iterations, after the loop has its trace:
    # the trace leaves between the slice and the assignment, and the interpreter redoes both.
    big = 2 ** 63 - 1
    ks = [i % 7 for i in range(90)]
    ms = [1] * 90
    for i in (50, 61, 77):
        ks[i] = big
    for i in (55, 70, 71):
        ms[i] = big
    out = []
    for i in range(90):
        a = list(range(8))
        k = ks[i]
        m = ms[i]
        a[:k + 1] = a[k::-1]
        a[:k * m] = a[k::-1]
        out.append(sum(a[:3]) * 100 + len(a))
    print(out)

def subclass_and_errors():
    class L(list):
        pass
    out = []
    for i in range(40):
        a = L(range(6)) if i % 10 == 9 else list(range(6))
        k = i % 5
        a[:k + 1] = a[k::-1]
        out.append(a[0])
        try:
            a[::2] = a[k::-1]
        except ValueError as e:
            out.append(str(e)[:20])
    print(out[-12:])

fannkuch_like()
shapes()
long_slices()
live_after()
other_list()
overflow_exit()
subclass_and_errors()
