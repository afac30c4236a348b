# `{**m}` and `f(**m)` take any mapping: a dict, or an object with keys() and
# __getitem__; anything else is a TypeError.


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k.upper()


def kw(**k):
    return sorted(k.items())


print({**Mapping()})
print({"z": 0, **Mapping(), "b": 9})
print(kw(**Mapping()))
print(kw(x=1, **{"y": 2}))
try:
    print({**[1, 2]})
except TypeError as e:
    print("TypeError:", e)
print({**{1: 2}, **dict(a=3)})
s = {*range(3), *"ab"}
print(sorted(s, key=str))
