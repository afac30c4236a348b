# List slicing in traces: `l[i:j:k]` and `l[i:j] = list` run as helper calls once the
# slice's parts are known ints or Nones (step not 0). Each case here leaves that path
# somewhere: a step that becomes 0, a float bound, a tuple assigned, an extended slice of
# the wrong length, a list subclass, a list assigned to a slice of itself.


def flips(n):
    perm = list(range(n))
    total = 0
    for r in range(3000):
        k = r % n
        perm[:k + 1] = perm[k::-1]
        total += perm[0] * 3 + perm[-1]
    return total, perm


def copies(n):
    xs = list(range(n))
    out = 0
    for i in range(4000):
        ys = xs[:]
        zs = xs[i % n:]
        ws = xs[::2]
        out += len(ys) + len(zs) * 2 + sum(ws[:3])
    return out


def step_becomes_zero(n):
    xs = list(range(10))
    seen = []
    for i in range(n):
        step = 1 if i < n - 3 else 0
        try:
            seen.append(len(xs[::step]))
        except ValueError as e:
            seen.append(str(e))
    return seen[-5:]


def float_bound(n):
    xs = list(range(20))
    out = []
    for i in range(n):
        hi = 5 if i != n - 2 else 5.0
        try:
            out.append(xs[1:hi][-1])
        except TypeError as e:
            out.append(type(e).__name__)
    return out[-4:]


def assigned_kinds(n):
    xs = list(range(8))
    log = []
    for i in range(n):
        src = [i, i + 1] if i % 500 else (i, i + 1)
        xs[2:4] = src
        if i == n - 1:
            xs[::2] = [0, 0, 0, 0]
        log.append(xs[2] + xs[3])
    try:
        xs[::2] = [1]
    except ValueError as e:
        log.append(str(e))
    return sum(log[:-1]), log[-1], xs


class Shouting(list):
    def __getitem__(self, k):
        r = list.__getitem__(self, k)
        return [x * 10 for x in r] if isinstance(k, slice) else r


def subclass(n):
    s = Shouting([1, 2, 3, 4])
    plain = [1, 2, 3, 4]
    total = 0
    for i in range(n):
        src = s if i % 3 == 0 else plain
        total += src[1:3][0]
    return total


def self_assign(n):
    xs = [1, 2, 3]
    for i in range(n):
        xs[1:2] = xs
        if len(xs) > 50:
            xs = [1, 2, 3]
    return xs


print(flips(9))
print(copies(7))
print(step_becomes_zero(3000))
print(float_bound(3000))
print(assigned_kinds(3000))
print(subclass(3000))
print(self_assign(3000))
