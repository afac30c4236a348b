# list_dict: list- and dict-heavy "data wrangling".
# Measures: dict insert/lookup with int and str keys, dict.get counting,
# string building and hashing, list append/sort/slicing, tuple creation,
# iterating dicts (keys, items, values), membership tests, len.
# Pseudo-random data comes from a small linear congruential generator so
# the run is fully deterministic and needs no imports.
import sys

ROUNDS = 18
WORDS = 40000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu",
             "an", "el", "or"]


def lcg(state):
    return (state * 1103515245 + 12345) % 2147483648


def make_words(count, seed):
    words = []
    state = seed
    nsyl = len(SYLLABLES)
    for _ in range(count):
        state = lcg(state)
        k = 1 + (state >> 16) % 3
        w = ""
        for _ in range(k):
            state = lcg(state)
            w = w + SYLLABLES[(state >> 16) % nsyl]
        words.append(w)
    return words, state


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top_words(counts, k):
    pairs = []
    for w, c in counts.items():
        pairs.append((-c, w))
    pairs.sort()
    return pairs[:k]


def int_table(n, state):
    # dict from int -> list of ints, then invert it
    table = {}
    for i in range(n):
        state = lcg(state)
        key = (state >> 8) % 997
        if key in table:
            table[key].append(i)
        else:
            table[key] = [i]
    sizes = {}
    total = 0
    for key in table:
        bucket = table[key]
        sizes[len(bucket)] = sizes.get(len(bucket), 0) + 1
        total += key * len(bucket) + bucket[-1]
    for v in sizes.values():
        total += v * v
    return table, sizes, total, state


def list_sum(xs):
    t = 0
    for x in xs:
        t += x
    return t


def list_work(n, state):
    xs = []
    for _ in range(n):
        state = lcg(state)
        xs.append((state >> 4) % 100000)
    ys = xs[:]
    ys.sort()
    median = ys[len(ys) // 2]
    head = ys[:100]
    tail = ys[-100:]
    mid = ys[len(ys) // 4: 3 * len(ys) // 4: 7]
    evens = []
    for x in xs:
        if x % 2 == 0:
            evens.append(x)
    evens.reverse()
    chk = median + list_sum(head) + list_sum(tail)
    chk += len(mid) + list_sum(mid) % 1000003
    chk += len(evens) + evens[0] + evens[-1]
    return chk, state


def index_words(words):
    # word -> list of positions, then a word -> (first, last, count) summary
    positions = {}
    for i in range(len(words)):
        w = words[i]
        p = positions.get(w)
        if p is None:
            positions[w] = [i]
        else:
            p.append(i)
    summary = {}
    for w, p in positions.items():
        summary[w] = (p[0], p[-1], len(p))
    chk = 0
    for w in summary:
        first, last, n = summary[w]
        chk = (chk * 31 + first * 7 + last * 3 + n + len(w)) % 1000000007
    return chk


def main():
    rounds = ROUNDS
    if len(sys.argv) > 1:
        rounds = int(sys.argv[1])
    state = 42
    checksum = 0
    distinct = 0
    for r in range(rounds):
        words, state = make_words(WORDS, state)
        counts = count_words(words)
        distinct += len(counts)
        top = top_words(counts, 5)
        for negc, w in top:
            checksum = (checksum * 131 + (-negc) * len(w)) % 1000000007
        table, sizes, total, state = int_table(WORDS, state)
        checksum = (checksum + total + len(table) + len(sizes)) % 1000000007
        chk, state = list_work(WORDS, state)
        checksum = (checksum + chk) % 1000000007
        checksum = (checksum + index_words(words)) % 1000000007
        if r == 0:
            print(f"list_dict top: {top}")
    print(f"list_dict rounds={rounds} distinct={distinct} checksum={checksum}")


main()
