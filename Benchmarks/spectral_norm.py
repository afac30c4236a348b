# spectral_norm: approximates the spectral norm (largest singular value) of
# the infinite matrix A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1),
# truncated to n x n, with 10 rounds of the power method on A^T A.
# Measures: function calls in an inner loop (eval_A), int and float
# arithmetic, list indexing, list building.
import math
import sys

N = 500


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def A_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * u[j]
        out.append(s)
    return out


def At_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * u[j]
        out.append(s)
    return out


def AtA_times_u(u):
    return At_times_u(A_times_u(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = AtA_times_u(u)
        u = AtA_times_u(v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def main():
    n = N
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    print(f"spectral_norm n={n} {spectral_norm(n):.9f}")


main()
