# Hot loops slicing lists with bounds given by __index__ objects (one of whose __index__
# raises once).
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        if self.v == 77: raise KeyError("boom")
        return self.v
def f(n):
    l = list(range(20)); t = 0
    for k in range(n):
        a = I(k % 5) if k % 3 else k % 5
        t += len(l[a:]) + sum(l[:I(k % 7)])
        l[a:I(3)] = l[a:I(3)]
    return t
print(f(300))
def g(n):
    l = list(range(20)); t = 0
    for k in range(n):
        try:
            t += len(l[I(77 if k == 250 else 2):])
        except KeyError as e:
            t += 1000
    return t
print(g(300))
