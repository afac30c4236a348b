"""Compare Lib/bisect.py and Lib/heapq.py with CPython's modules."""
import bisect as rbisect
import heapq as rheapq
import random
import sys
from libload import differs, load, outcome as run

mbisect = load("bisect")
mheapq = load("heapq")
failures = 0


def check(label, f, real, mine):
    global failures
    failures += differs(label, f, real, mine)


rng = random.Random(5)
for trial in range(200):
    data = sorted(rng.randrange(20) for _ in range(rng.randrange(15)))
    x = rng.randrange(-2, 22)
    lo = rng.randrange(0, 3)
    check("bisect", lambda m: [m.bisect(data, x), m.bisect_left(data, x), m.bisect_right(data, x, lo),
                               m.bisect_left(data, x, lo, len(data) // 2 + lo),
                               m.bisect(data, x, key=lambda v: v), m.bisect_left(data, -x, key=lambda v: -v)],
          rbisect, mbisect)

    def ins(m):
        a = list(data)
        m.insort(a, x)
        m.insort_left(a, x + 0.5)
        m.insort_right(a, (x,), key=lambda t: t if isinstance(t, int) else t[0]) if False else None
        return a
    check("insort", ins, rbisect, mbisect)
check("bisect lo", lambda m: m.bisect([1], 1, -1), rbisect, mbisect)
check("insort none", lambda m: m.insort(None, 1), rbisect, mbisect)


def insort_key(m):
    a = [(1, 'a'), (3, 'b')]
    m.insort(a, (3, 'c'), key=lambda t: t[0])
    m.insort_left(a, (3, 'd'), key=lambda t: t[0])
    m.insort(a, (0, 'e'), key=lambda t: t[0])
    return a


check("insort key", insort_key, rbisect, mbisect)

for trial in range(300):
    data = [rng.randrange(50) for _ in range(rng.randrange(40))]

    def heap_ops(m):
        h = list(data)
        m.heapify(h)
        out = [list(h)]
        for v in range(10):
            m.heappush(h, rng2.randrange(50))
        out.append(list(h))
        if h:
            out.append(m.heappop(h))
            out.append(m.heapreplace(h, 7))
        out.append(m.heappushpop(h, 25))
        out.append(list(h))
        out.append([m.heappop(h) for _ in range(len(h))])
        out.append(m.nsmallest(3, data))
        out.append(m.nlargest(4, data))
        out.append(m.nsmallest(1, data))
        out.append(m.nlargest(2, data, key=lambda v: v % 7))
        out.append(m.nsmallest(5, data, key=lambda v: -v % 5))
        out.append(m.nlargest(100, data))
        out.append(m.nsmallest(0, data))
        return out
    rng2 = random.Random(trial)
    a = run(lambda: heap_ops(rheapq))
    rng2 = random.Random(trial)
    b = run(lambda: heap_ops(mheapq))
    if a != b:
        failures += 1
        print("MISMATCH heap", data, a, b)

check("merge", lambda m: list(m.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])), rheapq, mheapq)
check("merge-key", lambda m: list(m.merge(["a", "ccc"], ["bb", "dd", "e"], key=len)), rheapq, mheapq)
check("merge-rev", lambda m: list(m.merge([7, 5, 1], [8, 5, 0], reverse=True)), rheapq, mheapq)
check("merge-ties", lambda m: list(m.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])), rheapq, mheapq)
check("merge-ties-rev", lambda m: list(m.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda t: t[0], reverse=True)), rheapq, mheapq)
check("merge-empty", lambda m: list(m.merge()), rheapq, mheapq)
check("heappop empty", lambda m: m.heappop([]), rheapq, mheapq)
check("heapreplace empty", lambda m: m.heapreplace([], 1), rheapq, mheapq)
check("heappush nonlist", lambda m: m.heappush(None, 1), rheapq, mheapq)
check("heapify nonlist", lambda m: m.heapify((1,)), rheapq, mheapq)
check("tuples", lambda m: [m.heappush(h, t) or list(h) for h in [[]] for t in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]], rheapq, mheapq)
print("bisect/heapq: %d failures" % failures)
sys.exit(1 if failures else 0)
