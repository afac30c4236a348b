# del of names, items, slices
a = 5
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
x, y = 1, 2
del x, y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
lst = list(range(10))
del lst[::-3]
print(lst)
del lst[100:]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
lst = [1, 2, 3]
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
nested = [[1, 2, 3], {"k": "v", "w": "x"}]
del nested[0][1]
del nested[1]["k"]
print(nested)
lst = [0, 1, 2, 3, 4, 5]
del lst[1], lst[1]
print(lst)
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
(p, q) = (1, 2)
del (p, q)
[r] = [3]
del [r]
print("deleted tuple/list targets")
lst = [1, 2, 3, 4, 5, 6]
del lst[1:5:2]
print(lst)
