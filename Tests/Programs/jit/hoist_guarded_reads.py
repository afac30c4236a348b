# Loop-invariant reads of an object's attribute dict may move out of the loop only with
# the type check that makes them safe: in a loop that also appends to a list (a call out
# of the trace that changes nothing but lists), both move or neither does. Then p
# changes to an instance of a class with __slots__ (no attribute dict), on which the
# type check fails before anything reads a dict that is not there.


class P:
    def __init__(self, k):
        self.k = k


class S:
    __slots__ = ('a', 'k')


class Three:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


def f(p, n):
    out = []
    t = 0
    for i in range(n):
        out.append(i)
        t += p.k
    return t, len(out)


for _ in range(3):
    print(f(P(7), 2000))
q = S()
q.a = Three()
q.k = 3
print(f(q, 10))
