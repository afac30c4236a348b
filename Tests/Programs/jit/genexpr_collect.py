# Hot loops whose generator expressions are collected by tuple(), set() and list(): their
# loops are traced with the collector's type guarded, and tuple items read at variable
# indexes. The collector changes type between calls, a set meets an item whose hash is
# Python code, and a traced generator expression is later resumed by next().

def perms_like(n, rounds):
    pool = tuple(range(n))
    indices = list(range(n))
    total = 0
    for r in range(rounds):
        indices.append(indices.pop(r % n))
        t = tuple(pool[i] for i in indices)
        total += t[0] * 7 + t[-1] + t[r % n - n]
        if len(set(t[i] + i for i in range(n))) == n:
            total += 1
        total += sum(1 for x in list(t[i] - i for i in range(n)) if x > 0)
    return total


print(perms_like(8, 600))


class Odd:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 5

    def __eq__(self, other):
        return isinstance(other, Odd) and other.v % 5 == self.v % 5


def mixed(rounds):
    sizes = []
    for r in range(rounds):
        items = set((Odd(x) if r % 97 == 5 and x == 4 else x) for x in range(r % 9))
        sizes.append(len(items))
        strs = set(str(x % 4) for x in range(r % 11))
        sizes.append(len(strs))
    return sum(sizes), sizes[-8:]


print(mixed(500))


def collectors(rounds):
    acc = 0
    for r in range(rounds):
        src = [r, r + 1, r + 2, r + 3]
        g = (v * 2 for v in src)
        if r % 3 == 0:
            acc += sum(tuple(g))
        elif r % 3 == 1:
            acc += len(set(g))
        else:
            acc += next(g) + sum(x for x in g)
    return acc


print(collectors(900))


def out_of_range(rounds):
    t = (1, 2, 3, 4)
    n = 0
    for r in range(rounds):
        try:
            n += sum(tuple(t[i] for i in range(r % 6)))
        except IndexError as e:
            n += 100
    return n


print(out_of_range(400))
