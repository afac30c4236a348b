# time module: only deterministic observations
import time
t1 = time.time()
print(isinstance(t1, float), t1 > 1600000000)
p1 = time.perf_counter()
m1 = time.monotonic()
print(isinstance(p1, float), p1 >= 0, isinstance(m1, float))
time.sleep(0.01)
time.sleep(0)
p2 = time.perf_counter()
m2 = time.monotonic()
print(p2 - p1 >= 0.009, p2 >= p1, m2 >= m1)
t2 = time.time()
print(t2 >= t1, t2 - t1 < 60)
ns = time.time_ns()
print(isinstance(ns, int), ns > 1600000000 * 10 ** 9)
print(isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
start = time.perf_counter()
total = 0
for i in range(1000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 30)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("x")
except TypeError as e:
    print("TypeError:", type(e).__name__)
