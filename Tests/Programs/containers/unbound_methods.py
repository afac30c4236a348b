# Methods of built-in types called through the type with a self of another type (they read
# a dict as a list before: wrong results or a crash), with no self, and with instances of
# subclasses; class-level methods take no instance.

calls = [
    lambda: list.append({}, 1),
    lambda: list.extend({}, [1]),
    lambda: list.insert({}, 0, 1),
    lambda: list.pop({}),
    lambda: list.remove({}, 1),
    lambda: list.index({}, 1),
    lambda: list.count((1,), 1),
    lambda: list.reverse("ab"),
    lambda: list.sort({}),
    lambda: list.copy(()),
    lambda: list.clear(set()),
    lambda: list.append(),
    lambda: dict.get([], 1),
    lambda: dict.keys([]),
    lambda: dict.setdefault([], 1),
    lambda: dict.update([], {}),
    lambda: set.add([], 1),
    lambda: set.union([], {1}),
    lambda: tuple.count([], 1),
    lambda: str.upper(1),
    lambda: str.join([","], "ab"),
    lambda: int.bit_length("x"),
    lambda: float.is_integer(1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    pass


class D(dict):
    pass


x = L([3, 1, 2])
list.append(x, 0)
list.sort(x)
print(x, list.pop(x), dict.get(D(a=1), "a"), int.bit_length(True), str.upper("ab"))
print(dict.fromkeys("ab", 0), str.maketrans("a", "b"), list.__len__([1, 2]))
