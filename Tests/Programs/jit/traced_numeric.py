# Hot numeric loops the JIT compiles: float and int arithmetic, comparisons, lists,
# len/append, inlined calls, math functions, nested loops.
import math

def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s

def norm(v):
    return math.sqrt(dot(v, v))

xs = [i * 0.25 for i in range(3000)]
ys = [1.0 / (i + 1) for i in range(3000)]
print(f"{dot(xs, ys):.6f} {norm(xs):.6f}")

def collatz_steps(limit):
    total = 0
    for n in range(1, limit):
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
    return total

print(collatz_steps(3000))

def trig(n):
    acc = 0.0
    for i in range(n):
        x = i * 0.001
        acc += math.sin(x) * math.cos(x) + math.atan2(x, 1.0) - math.fabs(-x) + math.exp(-x) + math.log(x + 1.0)
    return acc

print(f"{trig(5000):.9f}")

def build(n):
    out = []
    for i in range(n):
        out.append(i * i - 3 * i)
    return out

b = build(5000)
print(len(b), b[-1], sum(b))

def matmul(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += ai[k] * b[k][j]
            ci[j] = s
    return c

m = [[float(i + j) for j in range(30)] for i in range(30)]
r = matmul(m, m, 30)
print(r[0][0], r[29][29], r[12][7])

def bits(n):
    x = 0
    for i in range(n):
        x ^= (i << 3) | (i >> 2)
        x &= 0xFFFFF
        x = -x if i % 3 == 0 else ~x
    return x

print(bits(7000))

def cmp_mix(n):
    c = 0
    for i in range(n):
        f = i * 0.5
        if f < i and i <= f * 2 and f != 3.0 and not (i == 17):
            c += 1
    return c

print(cmp_mix(5000))
