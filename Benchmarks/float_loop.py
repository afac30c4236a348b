# float_loop: a tight floating-point accumulation loop inside a function.
# Measures: loop overhead, int->float multiplication, float addition,
# local-variable access. The exact result is 0.25 * N * (N - 1); every
# partial sum is a multiple of 0.5 below 2**53, so it is exact in IEEE doubles.
import sys

N = 40000000


def run(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s


def main():
    n = N
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    s = run(n)
    print(f"float_loop n={n} s={s:.1f}")


main()
