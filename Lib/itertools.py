"""Iterator building blocks for Swoop, written in Python.

Arguments are checked when the iterator is created (as CPython does); the
iteration itself runs in a generator.
"""

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "starmap", "takewhile", "tee", "zip_longest", "product",
           "permutations", "combinations", "combinations_with_replacement"]

_MAXSIZE = 9223372036854775807

try:
    _COMPLEX_TYPES = (complex,)
except NameError:
    _COMPLEX_TYPES = ()


def _is_number(x):
    return isinstance(x, (int, float) + _COMPLEX_TYPES)


# ----- infinite iterators ----------------------------------------------------

def _count(n, step):
    while True:
        yield n
        n += step


def count(start=0, step=1):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    return _count(start, step)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_times(obj, times):
    for _ in range(times):
        yield obj


def repeat(object, times=None):
    """repeat(object [,times]) --> object, object, ... forever or times times."""
    if times is None:
        return _repeat_forever(object)
    if not isinstance(times, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
    return _repeat_times(object, times)


# ----- iterators over the shortest input --------------------------------------

def _accumulate(it, func, initial):
    if initial is not None:
        total = initial
        yield total
    else:
        for total in it:
            yield total
            break
        else:
            return
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


class chain(object):
    """chain(*iterables) --> elements of the first iterable, then the next, ..."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                source = self._source
                if source is None:
                    raise StopIteration
                try:
                    nxt = next(source)
                except StopIteration:
                    self._source = None
                    raise
                active = iter(nxt)
                self._active = active
            try:
                return next(active)
            except StopIteration:
                self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> elements of each iterable in turn."""
        result = cls()
        result._source = iter(iterable)
        return result


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """compress(data, selectors) --> data[i] for which selectors[i] is true."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Drop items while predicate(item) is true, then return every element."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """Return successive entries as long as predicate(item) is true."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable):
    """Return the items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """starmap(func, seq) --> func(*seq[0]), func(*seq[1]), ..."""
    return _starmap(function, iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield (a, b)
            a = b
        return


def pairwise(iterable):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


def _islice(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            for _ in it:
                break
            else:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        for item in it:
            break
        else:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def _islice_index(value, message):
    if value is None:
        return None
    if isinstance(value, int) and 0 <= value <= _MAXSIZE:
        return int(value)
    raise ValueError(message)


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    nargs = len(args)
    if nargs == 1:
        start = 0
        stop = _islice_index(args[0], "Stop argument for islice() must be None or an "
                                      "integer: 0 <= x <= sys.maxsize.")
        step = 1
    elif nargs == 2 or nargs == 3:
        start = args[0]
        stop = args[1]
        step = args[2] if nargs == 3 else None
        stop = _islice_index(stop, "Stop argument for islice() must be None or an "
                                   "integer: 0 <= x <= sys.maxsize.")
        start = _islice_index(start, "Indices for islice() must be None or an integer: "
                                     "0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        if step is None:
            step = 1
        elif not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
    elif nargs == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (nargs + 1))
    return _islice(iter(iterable), start, stop, step)


def _zip_longest(iterators, fillvalue):
    n = len(iterators)
    active = n
    while True:
        values = []
        for i in range(n):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            for value in it:
                values.append(value)
                break
            else:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*args, fillvalue=None):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> tuples, padded."""
    iterators = [iter(a) for a in args]
    if not iterators:
        return iter(())
    return _zip_longest(iterators, fillvalue)


class groupby(object):
    """groupby(iterable, key=None) --> (key, group iterator) for runs of equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._id = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._id = _GroupId()
        if self._currkey is _MARKER:
            self._step()
        else:
            while self._currkey == self._tgtkey:
                self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, ident):
        while self._id is ident and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


class _Marker(object):
    """A unique marker object."""
    pass


_MARKER = _Marker()


class _GroupId(object):
    """Identifies the current group of a groupby; a new one invalidates the old groups."""
    pass


# ----- tee -----------------------------------------------------------------------

def _tee(link, it):
    # link is a shared [value, next_link] cell; every tee walks the same chain.
    while True:
        nxt = link[1]
        if nxt is None:
            for value in it:
                break
            else:
                return
            nxt = link[1]
            if nxt is None:
                nxt = [value, None]
                link[1] = nxt
        link = nxt
        yield link[0]


def tee(iterable, n=2):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    head = [None, None]
    return tuple([_tee(head, it) for _ in range(n)])


# ----- combinatorics --------------------------------------------------------------

def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    if n == 0:
        return
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                current[i] = pool[j]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def product(*iterables, repeat=1):
    """product(*iterables, repeat=1) --> cartesian product as tuples."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[:r])
    while n:
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                first = indices[i]
                del indices[i]
                indices.append(first)
                cycles[i] = n - i
            else:
                cycles[i] = c
                j = n - c
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable, r=None):
    """permutations(iterable[, r]) --> successive r-length permutations."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[:r])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations(iterable, r):
    """combinations(iterable, r) --> r-length subsequences in sorted order."""
    _check_r(r)
    return _combinations(tuple(iterable), r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[0]] * r) if r else ()
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(iterable, r) --> r-length sorted multisets."""
    _check_r(r)
    return _combinations_wr(tuple(iterable), r)
