# collections.deque: both ends, maxlen, rotate, indexing and errors.
from collections import deque

d = deque()
for i in range(10):
    if i % 2:
        d.append(i)
    else:
        d.appendleft(i)
print(d, len(d), d[0], d[-1], d[3])
print(d.popleft(), d.pop(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extend([100, 101])
d.extendleft("ab")
print(d, d.count(100), d.index(100), 101 in d, 999 in d)
d[1] = "B"
del d[0]
d.remove(100)
d.insert(2, "ins")
print(d, list(reversed(d)))
d.reverse()
print(d)
d.clear()
print(d, bool(d))

ring = deque(range(5), maxlen=3)
print(ring, ring.maxlen)
ring.append(10)
ring.appendleft(-1)
print(ring)
ring.extend(range(20, 25))
print(ring, list(ring))

q = deque()
total = 0
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(total, len(q), q[0], q[-1])
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) + deque([3]), deque("ab") * 2)

for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(7), lambda: deque([1], maxlen=1).insert(0, 2)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
