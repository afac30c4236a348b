# The Mersenne Twister core (native under Swoop) against CPython: seeds of many sizes,
# getrandbits of every width up to 200, random(), state round trips, reseeding.
import random
for seed in [0, 1, 42, 2**32 - 1, 2**32, 2**64 + 12345, -7, 10**40, 3.5]:
    r = random.Random(seed)
    print(seed, [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 100)], r.random())
r = random.Random(2024)
print([r.getrandbits(k) % 1000003 for k in range(1, 201)])
s = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(s)
b = [r.random() for _ in range(700)]
print(a == b, round(sum(a), 10))
r.seed(99)
print(r.randrange(10**30), r.randint(-5, 5), r.choice("abcdef"), r.sample(range(100), 5))
x = list(range(20))
r.shuffle(x)
print(x, round(r.gauss(0, 1), 12), round(r.uniform(2, 3), 12))
