# itertools: infinite iterators, slicing, chaining, grouping and combinatorics.
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(it.repeat(1, 0)))
print(list(it.islice(range(20), 2, 12, 3)), list(it.islice("abcdef", 3)), list(it.islice("abcdef", 4, None)))
source = iter(range(10))
print(list(it.islice(source, 0, 5, 2)), next(source))
print(list(it.chain("ab", [1, 2], ())), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1], [], [2, 3])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 3, range(12))), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.pairwise("ABCDE")))
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 4)])
a, b = it.tee(iter([1, 2, 3, 4]))
print(list(a), list(b))
print(list(it.product("AB", range(2))), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.product()), list(it.permutations([], 0)), list(it.combinations("ab", 3)))
total = 0
for x, y in it.product(range(10), range(10)):
    total += x * y
print(total)
for bad in (lambda: it.islice("abc", -1), lambda: it.combinations("abc", -1), lambda: it.tee([], -1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
