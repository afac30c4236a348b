# int_loop: a tight integer arithmetic loop inside a function.
# Measures: loop overhead and small-int *, +, % and comparisons.
# All intermediate values stay well inside the signed 64-bit range
# (the final sum is about 5 * N * N / 2 < 2**62 for the default N).
import sys

N = 15000000


def run(n):
    s = 0
    for i in range(n):
        s += (i * 7 + 3) % 11 * i + (i & 255)
    return s


def main():
    n = N
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    s = run(n)
    print(f"int_loop n={n} s={s}")


main()
