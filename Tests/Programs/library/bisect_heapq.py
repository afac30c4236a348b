# bisect and heapq: positions, insort, heap order, nsmallest/nlargest, merge.
import bisect
import heapq

a = [1, 2, 4, 4, 4, 7, 9]
print([bisect.bisect_left(a, x) for x in range(11)])
print([bisect.bisect_right(a, x) for x in range(11)], bisect.bisect(a, 4, 0, 3))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4.0)
print(b, bisect.bisect([(1, "a"), (3, "b")], 2, key=lambda t: t[0]))

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 4), h, heapq.heappushpop(h, 1), h)
data = [(i * 37) % 101 for i in range(60)]
heapq.heapify(data)
print(data)
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nlargest(3, data, key=lambda v: v % 10))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge([9, 4], [8, 1], reverse=True)))
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
