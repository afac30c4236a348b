# Built-ins the interpreter calls without an argument array (len, abs, isinstance,
# issubclass, two-argument min/max): which comparisons run, which argument wins a tie, errors.
class V:
    def __init__(s, v): s.v = v
    def __lt__(s, o): print("lt", s.v, o.v); return s.v < o.v
    def __gt__(s, o): print("gt", s.v, o.v); return s.v > o.v
    def __repr__(s): return "V(%d)" % s.v
print(min(3, 2), max(3, 2), min(2, 2.0), max(2, 2.0), min(V(1), V(1)), max(V(1), V(2)), min(V(3), V(2)))
print(min([4, 1]), max("ab"), len("abc"), abs(-3), isinstance(3, (str, int)), issubclass(bool, int))
for bad in [lambda: min(1, "a"), lambda: max(1, "a"), lambda: isinstance(1, 2), lambda: len(5), lambda: abs("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
f = len
print(f([1, 2]), [1,2].__len__())
