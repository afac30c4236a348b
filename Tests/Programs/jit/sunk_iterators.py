# Inner loops over range(), reversed(range()) and lists inside hot outer loops: traces
# make these iterators only in their exits. Exits in the middle of an inner loop (a
# branch first taken late, a type that changes, a break, an exception) must hand the
# interpreter an iterator exactly where the loop stood.

def sums(n):
    total = 0
    for k in range(n):
        for i in range(k % 7):
            total += i
        for i in reversed(range(k % 5)):
            total -= i
    return total

print(sums(3000))


def late_branch(n):
    out = []
    for k in range(n):
        acc = 0
        for i in range(10):
            if k > n - 5 and i == 6:
                acc += 1000          # first taken late: an exit mid-loop
            acc += i
        out.append(acc)
    return out[-6:]

print(late_branch(2000))


def type_change(rows):
    out = 0
    for row in rows:
        for x in row:
            out += x
    return out

rows = [[1, 2, 3, 4]] * 1500 + [[1, 2, 2.5, 4]] + [[5, 6]] * 10
print(type_change(rows))


def breaks(n):
    found = []
    for k in range(n):
        for i in reversed(range(k % 9 + 1)):
            if (i * k) % 7 == 3:
                found.append((k, i))
                break
        else:
            found.append(None)
    return len(found), found[-4:], found.count(None)

print(breaks(2500))


def raising(n):
    caught = 0
    for k in range(n):
        try:
            for i in range(5):
                if k == n - 3 and i == 2:
                    raise ValueError(i)
        except ValueError as e:
            caught += e.args[0]
    return caught

print(raising(3000))


def gen(n):
    # The iterator lives in the generator's frame across each yield.
    for k in range(n):
        for i in range(k % 4):
            yield k * 10 + i

print(sum(gen(4000)), list(gen(8)))


def iterator_kept(n):
    # A named iterator is one object: advanced by two loops.
    total = 0
    for k in range(n):
        it = iter(range(6))
        for a in it:
            if a == 2:
                break
        for b in it:
            total += b
    return total

print(iterator_kept(2000))


def list_inner(n):
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    best = []
    for k in range(n):
        m = 0
        for x in data[: k % 8 + 1]:
            if x > m:
                m = x
        best.append(m)
        if k == n // 2:
            data.append(7)       # the list grows once: a longer loop from then on
    return best[-3:], sum(best)

print(list_inner(3000))


def queens_like(n):
    # Generator expressions consumed in place: their loops over range() and list slices
    # are unrolled into the outer trace.
    cols = range(6)
    idx = [5, 3, 1, 0, 2, 4]
    count = 0
    last = None
    for k in range(n):
        v = tuple((k * 7 + idx[i] * 3) % 6 for i in cols)
        w = tuple(v[i] for i in idx[: k % 6 + 1])
        a, b = len(set(v[i] + i for i in cols)), len(set(v[i] - i for i in cols))
        count += a * 10 + b
        if a == b:
            last = (k, v, w)
        count += sum(i for i in reversed(range(k % 4)))
    return count, last

print(queens_like(4000))


def late_items(n):
    # An item of another kind late in the run: a guard fails inside a generator
    # expression's unrolled loop, and the interpreter goes on from the iterator the exit
    # makes (a range's, a reversed range's, a list's), at the item after.
    t = 0
    for k in range(n):
        t += len(tuple(1 if i != 3 or k < n - 2 else 100 for i in range(6)))
        t += len(set(i if i != 3 or k < n - 2 else 2.5 for i in reversed(range(6))))
    data = [1, 2, 3, 4, 5]
    out = []
    for k in range(n):
        if k == n - 10:
            data[3] = 4.5
        out.append(tuple(x * 2 for x in data))
    return t, out[-11:]

print(late_items(3000))
