# An operation the trace runs in the interpreter (a residual: here a multiplication of
# big ints inside an inlined call) whose result changes type: when d is 0 the product is
# a small int, not a big one. The exit on that type check resumes inside the inlined
# call, after the multiplication, and must find its result there (found by the JIT fuzzer,
# seed 7035).


def h(x, y):
    return x * y


def run(n):
    c = 1
    i = 0
    while i < n:
        d = (i & 7) % 3
        c += h(d, c)
        i += 1
    return c


r = run(1468)
print(r % 1000000007, r.bit_length())


def grow(n):
    # The same with the product's type flipping every iteration.
    total = 0
    big = 2 ** 80
    for i in range(n):
        total += h(i % 2, big)
    return total


print(grow(3000))
