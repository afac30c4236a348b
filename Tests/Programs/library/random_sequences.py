# random: CPython's Mersenne Twister sequences for int seeds, bit for bit.
import random

for seed in (0, 1, 42, -7, 2**40 + 3, 12345678901234567890):
    r = random.Random(seed)
    print(seed, [r.random() for _ in range(3)])
    print(" bits", r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
    print(" ints", [r.randint(1, 6) for _ in range(10)], r.randrange(10 ** 30), r.randrange(-5, 50, 5))
    print(" uniform", r.uniform(-1.0, 1.0), r.triangular(0.0, 10.0, 2.0))
    print(" gauss", r.gauss(0.0, 1.0), r.gauss(5.0, 2.0), r.normalvariate(0.0, 1.0))
    print(" expo", r.expovariate(2.0))

random.seed(2024)
print(random.random(), random.randint(0, 100), random.choice("abcdefgh"))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(range(10 ** 6), 3))
print(random.choices("abc", k=8), random.choices("abc", weights=[5, 1, 1], k=8))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])

# The MT state is regenerated every 624 words: cross that boundary.
r = random.Random(99)
vals = [r.getrandbits(32) for _ in range(1300)]
print(vals[0], vals[623], vals[624], vals[1299], sum(vals) % 1000003)

# gauss caches its second value; seed() clears the cache.
r = random.Random(5)
g1 = r.gauss()
r.seed(5)
print(g1 == r.gauss())

for bad in (lambda: random.randrange(0), lambda: random.randrange(3, 3), lambda: random.randrange(0, 10, 0),
            lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
