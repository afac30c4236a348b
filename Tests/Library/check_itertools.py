"""Compare Lib/itertools.py with CPython's itertools."""
import itertools as real
import sys
from libload import differs, load

mine = load("itertools")
failures = 0


def check(label, f):
    global failures
    failures += differs(label, f, real, mine)


L = list
check("count", lambda m: L(m.islice(m.count(), 5)))
check("count2", lambda m: L(m.islice(m.count(2.5, -0.5), 5)))
check("count-err", lambda m: m.count("a"))
check("cycle", lambda m: L(m.islice(m.cycle("abc"), 10)))
check("cycle-empty", lambda m: L(m.cycle([])))
check("repeat", lambda m: L(m.repeat(3, 4)))
check("repeat-neg", lambda m: L(m.repeat(3, -1)))
check("repeat-inf", lambda m: L(m.islice(m.repeat("x"), 3)))
check("accumulate", lambda m: L(m.accumulate([1, 2, 3, 4])))
check("accumulate-f", lambda m: L(m.accumulate([3, 1, 4, 1, 5], max)))
check("accumulate-init", lambda m: L(m.accumulate([1, 2], initial=100)))
check("accumulate-empty", lambda m: L(m.accumulate([])))
check("accumulate-empty-init", lambda m: L(m.accumulate([], initial=0)))
check("chain", lambda m: L(m.chain("ab", [1, 2], (), range(3))))
check("chain-fi", lambda m: L(m.chain.from_iterable(["ab", "cd", ""])))
check("chain-empty", lambda m: L(m.chain()))
check("compress", lambda m: L(m.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
check("dropwhile", lambda m: L(m.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
check("takewhile", lambda m: L(m.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
check("filterfalse", lambda m: L(m.filterfalse(lambda x: x % 2, range(10))))
check("filterfalse-none", lambda m: L(m.filterfalse(None, [0, 1, "", "a", None])))
check("starmap", lambda m: L(m.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
check("pairwise", lambda m: L(m.pairwise("ABCDE")))
check("pairwise1", lambda m: L(m.pairwise("A")))
for args in [(5,), (2, 5), (2, None), (0, 10, 3), (1, 10, 2), (None,), (3, 3), (5, 2)]:
    check("islice%r" % (args,), lambda m: L(m.islice(range(10), *args)))
for args in [(-1,), (1, -1), (0, 5, 0), ("a",), (1.0,)]:
    check("islice-err%r" % (args,), lambda m: m.islice(range(10), *args))


def consumed(m, args):
    it = iter(range(20))
    out = L(m.islice(it, *args))
    return out, next(it, None)


for args in [(5,), (0, 5, 3), (2, 8, 4), (3, 3), (0,), (1, 2)]:
    check("islice-consume%r" % (args,), lambda m: consumed(m, args))
check("zip_longest", lambda m: L(m.zip_longest("ABCD", "xy", fillvalue="-")))
check("zip_longest0", lambda m: L(m.zip_longest()))
check("zip_longest1", lambda m: L(m.zip_longest([1, 2], [], [3])))
check("groupby", lambda m: [(k, L(g)) for k, g in m.groupby("AAAABBBCCDAABBB")])
check("groupby-key", lambda m: [(k, L(g)) for k, g in m.groupby(range(10), lambda x: x // 3)])
check("groupby-skip", lambda m: [k for k, g in m.groupby("AAAABBBCCD")])


def gb_stale(m):
    gs = [(k, g) for k, g in m.groupby("AABBC")]
    return [(k, L(g)) for k, g in gs]


check("groupby-stale", gb_stale)


def gb_partial(m):
    out = []
    for k, g in m.groupby("AAABBBCC"):
        out.append((k, next(g)))
    return out


check("groupby-partial", gb_partial)
check("groupby-empty", lambda m: L(m.groupby([])))


def tee_test(m):
    a, b, c = m.tee(iter(range(6)), 3)
    return L(m.islice(a, 2)), L(b), L(a), L(c)


check("tee", tee_test)
check("tee0", lambda m: m.tee([1], 0))
check("tee-neg", lambda m: m.tee([1], -1))
check("product", lambda m: L(m.product("AB", range(3))))
check("product-repeat", lambda m: L(m.product([0, 1], repeat=3)))
check("product-empty", lambda m: L(m.product()))
check("product-emptypool", lambda m: L(m.product("ab", [])))
check("product-r0", lambda m: L(m.product("ab", repeat=0)))
check("product-rneg", lambda m: L(m.product("ab", repeat=-1)))
for n in range(0, 5):
    for r in range(0, 6):
        check("perm %d %d" % (n, r), lambda m: L(m.permutations(range(n), r)))
        check("comb %d %d" % (n, r), lambda m: L(m.combinations(range(n), r)))
        check("cwr %d %d" % (n, r), lambda m: L(m.combinations_with_replacement(range(n), r)))
    check("perm %d" % n, lambda m: L(m.permutations(range(n))))
check("perm-neg", lambda m: m.permutations("ab", -1))
check("comb-neg", lambda m: m.combinations("ab", -1))
check("comb-str", lambda m: m.combinations("ab", "x"))
print("itertools: %d failures" % failures)
sys.exit(1 if failures else 0)
