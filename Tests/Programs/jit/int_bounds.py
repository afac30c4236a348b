# Int ranges in traces (IntBounds.swift): range loops are traced with their index known
# to be non-negative and their stop below 2^31 where that holds, which removes overflow
# checks and the sign correction of % and //. Each loop here must still give Python's
# answers where those facts fail or do not decide: negative indexes, stops past 2^31,
# products that do overflow into big ints, and one loop entered with both kinds of range.


def small_ops(n):
    s = 0
    for i in range(n):
        s += (i * 7 + 3) % 11 * i + (i & 255) + (i >> 3) + i // 5
    return s


def negative_start(a, b):
    s = 0
    for i in range(a, b):
        s += i % 7 + i // 3 + (i & 15) - (i >> 2)
    return s


def big_stop(start, n):
    # The stop is past 2^31: no bound is assumed, and i * i * i overflows int64.
    s = 0
    for i in range(start, start + n):
        s += i * i * i % 1000003
    return s


def overflowing_product(n):
    # Bounded index, but the product still leaves int64: the check must stay.
    s = 0
    for i in range(n):
        s += i * (1 << 40) * i
    return s


def entered_with_both(stops):
    out = []
    for stop in stops:
        s = 0
        for i in range(stop - 2000, stop):
            s += i * 3 + 1
        out.append(s)
    return out


def compare_decided(n):
    # The ranges decide `i >= 0` (its guard goes); `i < 1000` flips and must stay.
    hits = 0
    for i in range(n):
        if i >= 0:
            hits += 1
        if i < 1000:
            hits += 2
    return hits


print(small_ops(30000))
print(negative_start(-20000, 20000))
print(big_stop(2**40, 3000))
print(big_stop(3 * 10**9, 3000))
print(overflowing_product(5000))
print(entered_with_both([3000, 2**33, 5000, 2**62, 4000]))
print(compare_decided(20000))
