# Swaps and rotations
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "x", "y", "z"
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3, 4, 5]
x[0], x[-1] = x[-1], x[0]
print(x)
i = 0
i, x[i] = 2, 99
print(i, x)
x = [1, 2, 3]
j = 0
x[j], j = 100, 1
print(x, j)
def rev(seq):
    seq = list(seq)
    lo, hi = 0, len(seq) - 1
    while lo < hi:
        seq[lo], seq[hi] = seq[hi], seq[lo]
        lo, hi = lo + 1, hi - 1
    return seq
print(rev("abcdefg"), rev([]), rev([1]))
m, n = 10, 3
m, n = n, m % n
print(m, n)
fa, fb = 0, 1
seq = []
for _ in range(10):
    seq.append(fa)
    fa, fb = fb, fa + fb
print(seq)
grid = [[1, 2], [3, 4]]
grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
print(grid)
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)
