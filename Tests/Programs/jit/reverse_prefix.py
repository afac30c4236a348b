# `l[:i + 1] = l[i::-1]` (fannkuch's flip) in a trace: the first i + 1 items reversed in
# place, with 0 <= i < len(l) guarded. Each function here runs the flip hot, then breaks
# one of its conditions late: an index past the end, a negative one, a left side of
# another length (the list then changes length), another step.


def flips(n, late):
    perm = list(range(9))
    total = 0
    for r in range(n):
        k = r % 9
        if r == n - 3:
            k = late
        perm[:k + 1] = perm[k::-1]
        total += perm[0] * 3 + perm[-1]
    return total, perm


print(flips(3000, 4))
print(flips(3000, 12))       # past the end: the source slice is clamped
print(flips(3000, -3))       # negative: counts from the end


def other_shapes(n):
    perm = list(range(9))
    out = []
    for r in range(n):
        k = r % 5 + 1
        if r < n - 4:
            perm[:k + 1] = perm[k::-1]
        elif r == n - 4:
            perm[:k] = perm[k::-1]           # one item more: the list grows
        elif r == n - 3:
            perm[:k + 1] = perm[k::-2]       # another step: fewer items, the list shrinks
        else:
            perm[1:k + 1] = perm[k::-1]
        out.append(len(perm))
    return out[-5:], perm


print(other_shapes(2000))


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    checksum = 0
    while 1:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips_count = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips_count += 1
                k = perm[0]
            checksum += flips_count
            if flips_count > max_flips:
                max_flips = flips_count
        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum


print(fannkuch(7))
