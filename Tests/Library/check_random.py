"""Compare Lib/random.py with CPython's random, bit for bit, over many seeds."""
import random as real
import sys
from libload import load

mine = load("random")
failures = 0


def same(label, a, b):
    global failures
    if a != b and not (a != a and b != b):
        failures += 1
        if failures < 20:
            print("MISMATCH", label, a, b)


seeds = [0, 1, 2, 42, -1, -42, 2**32 - 1, 2**32, 2**32 + 1, 2**64 + 12345, -(2**100) - 7,
         10**50, 123456789, 5489, 1.5, -2.25, True, 3.0] + list(range(3, 60))
for s in seeds:
    r1 = real.Random(s)
    r2 = mine.Random(s)
    lab = "seed=%r" % (s,)
    same(lab + " random", [r1.random() for _ in range(700)], [r2.random() for _ in range(700)])
    same(lab + " getrandbits", [r1.getrandbits(k) for k in range(0, 200, 3)],
         [r2.getrandbits(k) for k in range(0, 200, 3)])
    same(lab + " randrange", [r1.randrange(n) for n in range(1, 300)],
         [r2.randrange(n) for n in range(1, 300)])
    same(lab + " randrange3", [r1.randrange(-50, 10**20, 7) for n in range(50)],
         [r2.randrange(-50, 10**20, 7) for n in range(50)])
    same(lab + " randrange-neg", [r1.randrange(100, -100, -3) for n in range(50)],
         [r2.randrange(100, -100, -3) for n in range(50)])
    same(lab + " randint", [r1.randint(-5, 5) for n in range(100)], [r2.randint(-5, 5) for n in range(100)])
    seq = list(range(40))
    same(lab + " choice", [r1.choice(seq) for n in range(100)], [r2.choice(seq) for n in range(100)])
    a = list(range(57)); b = list(range(57))
    r1.shuffle(a); r2.shuffle(b)
    same(lab + " shuffle", a, b)
    same(lab + " uniform", [r1.uniform(-3, 9) for _ in range(50)], [r2.uniform(-3, 9) for _ in range(50)])
    same(lab + " gauss", [r1.gauss(1, 2) for _ in range(51)], [r2.gauss(1, 2) for _ in range(51)])
    same(lab + " normalvariate", [r1.normalvariate(1, 2) for _ in range(51)],
         [r2.normalvariate(1, 2) for _ in range(51)])
    for k in (0, 1, 5, 6, 20, 100):
        same(lab + " sample%d" % k, r1.sample(range(100), k), r2.sample(range(100), k))
        same(lab + " sample-big%d" % k, r1.sample(range(10**6), k), r2.sample(range(10**6), k))
    same(lab + " sample-counts", r1.sample(['a', 'b', 'c'], 5, counts=[3, 1, 2]),
         r2.sample(['a', 'b', 'c'], 5, counts=[3, 1, 2]))
    same(lab + " choices", r1.choices(seq, k=30), r2.choices(seq, k=30))
    same(lab + " choicesw", r1.choices(seq[:5], [1, 2, 3, 4, 5], k=30), r2.choices(seq[:5], [1, 2, 3, 4, 5], k=30))
    same(lab + " choicescw", r1.choices(seq[:3], cum_weights=[1, 5, 6], k=30),
         r2.choices(seq[:3], cum_weights=[1, 5, 6], k=30))
    same(lab + " expo", [r1.expovariate(1.5) for _ in range(20)], [r2.expovariate(1.5) for _ in range(20)])
    same(lab + " tri", [r1.triangular(0, 10, 3) for _ in range(20)], [r2.triangular(0, 10, 3) for _ in range(20)])
    same(lab + " tri2", [r1.triangular() for _ in range(20)], [r2.triangular() for _ in range(20)])
    for alpha in (0.5, 1.0, 2.5):
        same(lab + " gamma", [r1.gammavariate(alpha, 2.0) for _ in range(20)],
             [r2.gammavariate(alpha, 2.0) for _ in range(20)])
    same(lab + " beta", [r1.betavariate(2, 3) for _ in range(20)], [r2.betavariate(2, 3) for _ in range(20)])
    same(lab + " vonmises", [r1.vonmisesvariate(1, 4) for _ in range(20)], [r2.vonmisesvariate(1, 4) for _ in range(20)])
    same(lab + " lognorm", [r1.lognormvariate(0, 1) for _ in range(20)], [r2.lognormvariate(0, 1) for _ in range(20)])
    same(lab + " pareto", [r1.paretovariate(2) for _ in range(20)], [r2.paretovariate(2) for _ in range(20)])
    same(lab + " weibull", [r1.weibullvariate(2, 3) for _ in range(20)], [r2.weibullvariate(2, 3) for _ in range(20)])
    same(lab + " randbytes", r1.randbytes(13), r2.randbytes(13))
    same(lab + " state", r1.getstate(), r2.getstate())
    # states are interchangeable
    st = r1.getstate()
    r2.setstate(st)
    same(lab + " setstate", [r1.random() for _ in range(5)], [r2.random() for _ in range(5)])
    r1.seed(s); r2.seed(s)
    r1.gauss(); r2.gauss()
    st = r2.getstate()
    same(lab + " gaussstate", st, r1.getstate())

# module-level functions
real.seed(7); mine.seed(7)
same("module", [real.random(), real.randint(1, 6), real.choice("abc"), real.gauss()],
     [mine.random(), mine.randint(1, 6), mine.choice("abc"), mine.gauss()])

# errors
def err(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"

for rmod in (real, mine):
    pass
cases = [lambda m: m.randrange(0), lambda m: m.randrange(5, 5), lambda m: m.randrange(1, 5, 0),
         lambda m: m.randrange(1.5), lambda m: m.choice([]), lambda m: m.getrandbits(-1),
         lambda m: m.sample([1, 2], 3), lambda m: m.sample({1, 2}, 1), lambda m: m.randrange(10, 1, 2),
         lambda m: m.gammavariate(0, 1), lambda m: m.choices([1], k=1, weights=[1], cum_weights=[1]),
         lambda m: m.Random([1]), lambda m: m.randrange(3, step=2)]
import warnings
warnings.simplefilter("ignore")
for i, c in enumerate(cases):
    same("error %d" % i, err(lambda: c(real)), err(lambda: c(mine)))

mine.Random(None).random()
try:
    mine.Random("abc")
    print("str seed accepted?")
    failures += 1
except NotImplementedError as e:
    pass
print("random: %d failures" % failures)
sys.exit(1 if failures else 0)
