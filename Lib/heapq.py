"""Heap queue algorithm (a.k.a. priority queue) for Swoop, written in Python.

Heaps are lists with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]. The
sift routines follow the same steps as CPython's, so the lists end up in the
same order."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _type_label(x):
    return "None" if x is None else type(x).__name__


def _check_list(heap, where):
    if not isinstance(heap, list):
        raise TypeError("%s must be list, not %s" % (where, _type_label(heap)))


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards the root (startpos) while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Bubble the smaller child up all the way to a leaf, then sift the item
    # that was at pos back up from there (fewer comparisons on average).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush() argument 1")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, "heapify() argument")
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (a generator)."""
    entries = []
    order = 0
    for it in iterables:
        it = iter(it)
        for value in it:
            entries.append([value if key is None else key(value), order, value, it])
            break
        order += 1
    return _merge(entries, key, reverse)


def _merge(entries, key, reverse):
    # entries: [sort key, input index, value, iterator]; ties go to the earlier input.
    while entries:
        best = 0
        n = len(entries)
        if reverse:
            for i in range(1, n):
                if entries[best][0] < entries[i][0]:
                    best = i
        else:
            for i in range(1, n):
                if entries[i][0] < entries[best][0]:
                    best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]


class _Sentinel(object):
    """A unique marker object."""
    pass


_SENTINEL = _Sentinel()


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]"""
    if n == 1:
        it = iter(iterable)
        sentinel = _SENTINEL
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    if n == 1:
        it = iter(iterable)
        sentinel = _SENTINEL
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
