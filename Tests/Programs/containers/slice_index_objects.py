# Slice bounds given by objects with __index__ (and ones whose __index__ is wrong), and
# slice.indices().
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Bad:
    def __index__(self): return "x"
l = list(range(10))
print(l[I(2):], l[:I(-3)], l[I(1):I(8):I(3)], l[I(10**30):], l[:I(-10**30)], "abcdef"[I(1):I(4)], (1, 2, 3)[I(1):])
l[I(1):I(3)] = [9]
print(l)
del l[I(0):I(2)]
print(l)
try:
    l[Bad():]
except TypeError as e:
    print("TypeError:", e)
try:
    l[I(1.5):]
except TypeError as e:
    print("TypeError:", e)
try:
    l["a":]
except TypeError as e:
    print("TypeError:", e)
print(slice(I(1), I(5)).indices(3))
print(range(10)[I(2):I(5)])
s = slice(None, None, -1)
print(s.indices(5), slice(2, 100, 3).indices(10), slice(-100, -2).indices(7), slice(3).indices(0))
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2, 0).indices(4)
except ValueError as e:
    print("ValueError:", e)
