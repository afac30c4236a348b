# A loop over a generator whose body takes a different path each time (the permutations
# of nqueens): traces resume the generator in place, side exits inside its frame get
# bridges, and those bridges go on through the generator's loop to its next yield.
# Also reversed(range(...)), list + list and iter() of an iterator inside such loops.


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def queens(n):
    cols = range(n)
    found = 0
    first = None
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            found += 1
            if first is None:
                first = vec
    return found, first


print(queens(6))
print(list(permutations("abc", 2)))


def walk(limit):
    # A generator with several yields and a loop between them.
    k = 0
    while k < limit:
        if k % 3 == 0:
            yield k
        elif k % 3 == 1:
            for j in range(k % 4):
                k += 1
            yield -k
        else:
            yield k * 2
        k += 1


def consume(limit):
    total = 0
    count = 0
    for v in walk(limit):
        total += v
        count += 1
    return total, count


print(consume(3000))


def helpers(rounds):
    acc = 0
    for r in range(rounds):
        it = reversed(range(r % 5, r % 5 + 4))
        acc += sum(iter(it)) + len([1, r] + [r] * (r % 3))
        for x in iter(iter([r, r + 1])):
            acc += x
    return acc


print(helpers(500))
