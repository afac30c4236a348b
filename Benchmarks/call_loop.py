# call_loop: a loop that calls small Python functions.
# Measures: function-call overhead (frame setup, argument passing, return),
# including a call nested inside another call, plus a little integer
# arithmetic. A tracing JIT should be able to inline these calls.
import sys

N = 8000000


def add(a, b):
    return a + b


def mix(x, k):
    return add(x, k) % 1000003


def run(n):
    s = 0
    total = 0
    for i in range(n):
        s = mix(add(s, i), 7)
        total = add(total, s)
    return s, total


def main():
    n = N
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    s, total = run(n)
    print(f"call_loop n={n} s={s} total={total}")


main()
