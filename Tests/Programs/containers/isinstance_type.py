# isinstance, type(), type names
values = [1, 1.5, "s", True, None, [1], (1,), {1: 2}, {1}, frozenset(), range(3), 2 ** 100, -0.0]
for v in values:
    print(repr(v), type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("x", (list, tuple)), isinstance([], (list, tuple)), isinstance((), (int, (str, tuple))))
print(isinstance(None, type(None)), isinstance(len, type(len)), isinstance(3, bool))
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) is float, type("") is str)
print(type(type(1)), type(int), type(len), type(lambda: 0).__name__)
def f():
    pass
print(type(f), type(f).__name__, type(print).__name__)
print(int, float, str, bool, list, tuple, dict, set, frozenset, type, range, object)
print(type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(type({}.keys()).__name__, type({}.items()).__name__, type({}.values()).__name__)
print(isinstance(1, object), isinstance(int, object), isinstance(int, type), issubclass(bool, int))
print(int("5") + type(5)("6"), str(5) + type("x")(7), list((1, 2)) + type([])("ab"))
print(type(1 + 1.0), type(1 // 1), type(1 / 1), type(2 ** -1), type(True + True), type(-True))
