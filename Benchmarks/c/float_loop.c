/* float_loop: C reference for Benchmarks/float_loop.py.
 * Same algorithm: s = 0.0; for i in [0, n): s += i * 0.5
 * n comes from argv (default must match N in float_loop.py), so the
 * compiler cannot precompute the result; the loop-carried floating-point
 * dependence cannot be reassociated without -ffast-math. */
#include <stdio.h>
#include <stdlib.h>

#define DEFAULT_N 40000000LL

int main(int argc, char **argv) {
    long long n = DEFAULT_N;
    if (argc > 1) n = atoll(argv[1]);
    double s = 0.0;
    for (long long i = 0; i < n; i++) {
        s += (double)i * 0.5;
    }
    printf("float_loop n=%lld s=%.1f\n", n, s);
    return 0;
}
