# iter() and next()
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("xy")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
r = iter(range(3))
print(next(r), list(r))
t = iter((1, 2))
print(iter(t) is t, next(t))
def pull(iterator, n):
    out = []
    for _ in range(n):
        out.append(next(iterator, "-"))
    return out
print(pull(iter([1, 2, 3]), 5))
it2 = iter([1, 2, 3, 4, 5, 6])
pairs = []
for a in it2:
    pairs.append((a, next(it2)))
print(pairs)
m = map(str, range(3))
print(next(m), next(m), next(m, "done"))
e = iter(set())
print(next(e, "empty set"))
se = iter({5})
print(next(se))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
li = iter(lst)
lst.append(4)
print(list(li))
