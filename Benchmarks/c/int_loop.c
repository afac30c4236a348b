/* int_loop: C reference for Benchmarks/int_loop.py.
 * Same algorithm: s += (i * 7 + 3) % 11 * i + (i & 255) for i in [0, n).
 * n comes from argv (default must match N in int_loop.py), so the
 * compiler cannot precompute the result. All values are non-negative, so
 * C's % agrees with Python's, and the sum stays far below 2^63. */
#include <stdio.h>
#include <stdlib.h>

#define DEFAULT_N 15000000LL

int main(int argc, char **argv) {
    long long n = DEFAULT_N;
    if (argc > 1) n = atoll(argv[1]);
    long long s = 0;
    for (long long i = 0; i < n; i++) {
        s += (i * 7 + 3) % 11 * i + (i & 255);
    }
    printf("int_loop n=%lld s=%lld\n", n, s);
    return 0;
}
