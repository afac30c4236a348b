# map and filter
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(abs, [-1, 2, -3])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20, 30, 40])))
print(list(map(int, "1 2 3".split())), list(map(float, ["1.5", "2"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda n: n > 2, [1, 5, 2, 7])), list(filter(str.isdigit, ["1", "a", "22"])))
def is_even(n):
    return n % 2 == 0
print(list(filter(is_even, range(10))), list(map(is_even, range(4))))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda v: v, [0, 4, 0, 5])
print(next(f), next(f), next(f, "exhausted"))
print(sum(map(int, "12345")), max(map(len, ["ab", "abcd", "a"])), "".join(map(str.upper, "abc")))
print(sorted(map(lambda s: s[::-1], ["abc", "xy"])), set(map(lambda x: x % 3, range(10))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(min, [3, 1], [2, 5])))
