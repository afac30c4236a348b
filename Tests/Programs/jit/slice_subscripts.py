# List slices taken and assigned in hot loops, with the slice object a subscription
# receives checked where Python code can see it.

def flips(n, rounds):
    perm = list(range(n))
    total = 0
    for r in range(rounds):
        k = (r * 7) % n
        perm[:k + 1] = perm[k::-1]
        total += perm[0] + perm[-1] * 2
        head = perm[1:4]
        tail = perm[-3:]
        total += sum(head) - tail[0]
        perm[::2] = perm[::2][::-1]
        total += perm[2]
    return total, perm

print(flips(10, 30000))
print(flips(3, 1000))


class Recorder(list):
    # A list subclass that keeps the slices it is given.
    seen = []
    def __getitem__(self, key):
        Recorder.seen.append(key)
        return list.__getitem__(self, key)
    def __setitem__(self, key, value):
        Recorder.seen.append(key)
        list.__setitem__(self, key, value)

def sometimes_subclass(n):
    plain = list(range(20))
    special = Recorder(range(20))
    total = 0
    for i in range(n):
        lst = special if i % 997 == 996 else plain
        a = i % 7
        b = a + 5
        part = lst[a:b]
        total += part[0] + len(part)
        lst[a:b] = part[::-1]
    return total

print(sometimes_subclass(20000))
print(len(Recorder.seen), Recorder.seen[:4], Recorder.seen[-2:])
print([(s.start, s.stop, s.step) for s in Recorder.seen[:6]])

def kept_slices(n):
    # Slice objects made by slice() and kept: each stays its own object with its own
    # parts while the loop also slices through subscripts.
    lst = list(range(30))
    keep = []
    for i in range(n):
        s = slice(i % 5, i % 5 + 3)
        keep.append(s)
        x = lst[s]
        lst[i % 3:i % 3 + 2] = x[:2]
    return keep[:3], keep[-1], lst[:6], len(set(id(s) for s in keep[-100:]))

print(kept_slices(5000))

def augmented(n):
    # `l[i:j] += ...` subscripts with its slice twice, building another slice between.
    lst = list(range(14))
    total = 0
    for i in range(n):
        a = i % 4
        lst[a:a + 2] += lst[5:9]
        total += lst[a + 3] + len(lst)
        del lst[14:]
    return total, lst

print(augmented(3000))

def tuple_of_slices(n):
    # A slice inside a tuple subscript escapes into the tuple.
    class Grid:
        def __getitem__(self, key):
            return key
    g = Grid()
    out = []
    for i in range(n):
        out.append(g[i:i + 1, ::2])
    return out[:2], out[-1]

print(tuple_of_slices(3000))

def changing_types(n):
    lst = list(range(12))
    total = 0
    for i in range(n):
        lo = i % 4 if i < n - 50 else None
        hi = lo + 4 if lo is not None else (True if i % 2 else 8)
        total += sum(lst[lo:hi])
        if i == n - 10:
            lst = tuple(lst)
    return total

print(changing_types(10000))
