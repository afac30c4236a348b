# Operations the trace runs in the interpreter (residual operations) whose results change
# type. The result is read back whole and its type checked where it is used, so an exit
# there writes the value back.
# run: big-int multiplication inside an inlined call; when d is 0 the product is a small
# int. (Found by the JIT fuzzer, seed 7035: the result used to be read back behind a type
# check that left inside the call, after the multiplication, and lost the result.)
# typed_use: max() of an int and a float inside an inlined call, used in arithmetic there;
# the check on its type fails inside the call when max() starts returning floats.


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


def g(i, f):
    m = max(i % 10, f)
    return m + 1


def typed_use(n):
    acc = 0
    for i in range(n):
        acc += g(i, 2.5 if i > n // 2 and i % 3 == 0 else 0)
    return acc


print(typed_use(3000))
