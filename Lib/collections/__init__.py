"""Container datatypes for Swoop, written in Python:
deque, defaultdict, namedtuple, OrderedDict and Counter."""

__all__ = ["deque", "defaultdict", "namedtuple", "OrderedDict", "Counter"]


# ----- deque -------------------------------------------------------------------
#
# The items live in self._data[self._head:]. Slots before _head are free room,
# so popleft and appendleft are amortized O(1): popleft advances _head (the
# dead prefix is dropped once it is more than half the list) and appendleft
# grows free room at the front in blocks.

def _check_index(i):
    if not isinstance(i, int):
        raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)


class deque(object):
    """deque([iterable[, maxlen]]) --> deque object"""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._data = []
        self._head = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _compact(self):
        head = self._head
        if head > 16 and head * 2 > len(self._data):
            del self._data[:head]
            self._head = 0

    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) > self._head

    def append(self, x):
        """Add an element to the right side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._data) - self._head >= maxlen:
            if maxlen == 0:
                return
            self._data.append(x)
            self._data[self._head] = None
            self._head += 1
            self._compact()
        else:
            self._data.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._data) - self._head >= maxlen:
            if maxlen == 0:
                return
            self._data.pop()
        head = self._head
        if head == 0:
            grow = len(self._data) + 8
            self._data[0:0] = [None] * grow
            head = grow
        head -= 1
        self._data[head] = x
        self._head = head

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._data) <= self._head:
            raise IndexError("pop from an empty deque")
        x = self._data.pop()
        if len(self._data) == self._head:
            self._data = []
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        data = self._data
        head = self._head
        if len(data) <= head:
            raise IndexError("pop from an empty deque")
        x = data[head]
        data[head] = None
        head += 1
        if head == len(data):
            self._data = []
            self._head = 0
        else:
            self._head = head
            if head > 16 and head * 2 > len(data):
                del data[:head]
                self._head = 0
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._data.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._data = []
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return deque(self._data[self._head:], self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for x in self._data[self._head:]:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        items = self._data[self._head:]
        n = len(items)
        if start < 0:
            start = max(0, start + n)
        if stop is None:
            stop = n
        elif stop < 0:
            stop += n
        stop = min(stop, n)
        i = start
        while i < stop:
            x = items[i]
            if x is value or x == value:
                return i
            i += 1
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        n = len(self)
        if index < 0:
            index += n
            if index < 0:
                index = 0
        elif index > n:
            index = n
        self._data.insert(self._head + index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        data = self._data
        i = self._head
        while i < len(data):
            x = data[i]
            if x is value or x == value:
                del data[i]
                return
            i += 1
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._data[self._head:]
        items.reverse()
        self._data = items
        self._head = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1)."""
        length = len(self._data) - self._head
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = self._data[self._head:]
        self._data = items[length - n:] + items[:length - n]
        self._head = 0

    def _position(self, i):
        _check_index(i)
        n = len(self._data) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        if type(i) is int and i >= 0:
            pos = self._head + i
            if pos < len(self._data):
                return self._data[pos]
        return self._data[self._position(i)]

    def __setitem__(self, i, value):
        self._data[self._position(i)] = value

    def __delitem__(self, i):
        del self._data[self._position(i)]

    def __contains__(self, value):
        data = self._data
        for i in range(self._head, len(data)):
            x = data[i]
            if x is value or x == value:
                return True
        return False

    def __iter__(self):
        data = self._data
        head = self._head
        n = len(data) - head
        i = 0
        while i < n:
            if data is not self._data or len(data) - self._head != n:
                raise RuntimeError("deque mutated during iteration")
            yield data[head + i]
            i += 1

    def __reversed__(self):
        data = self._data
        n = len(data) - self._head
        i = len(data) - 1
        while i >= self._head:
            if data is not self._data or len(data) - self._head != n:
                raise RuntimeError("deque mutated during iteration")
            yield data[i]
            i -= 1

    def __repr__(self):
        items = self._data[self._head:]
        if self._maxlen is None:
            return "deque(%r)" % (items,)
        return "deque(%r, maxlen=%d)" % (items, self._maxlen)

    def _items(self):
        return self._data[self._head:]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = deque((), self._maxlen)
        items = self._items()
        result.extend(items * n if n > 0 else [])
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        self.clear()
        self.extend(items * n if n > 0 else [])
        return self


# ----- defaultdict ----------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        return "%s(%s, %s)" % (type(self).__name__,
                               "None" if factory is None else repr(factory),
                               dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy


# ----- OrderedDict -------------------------------------------------------------------

class OrderedDict(dict):
    """Dictionary that remembers insertion order (with move_to_end and popitem(last))."""

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO if last is true else FIFO."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        for key in dict.__iter__(self):
            break
        return (key, dict.pop(self, key))

    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        return "%s(%r)" % (type(self).__name__, list(dict.items(self)))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.__iter__(self)) == list(dict.__iter__(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result


# ----- Counter ---------------------------------------------------------------------------

def _count_value(item):
    return item[1]


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        items = sorted(self.items(), key=_count_value, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        result = []
        for elem, count in self.items():
            for _ in range(count):
                result.append(elem)
        return iter(result)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (type(self).__name__, d)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if self[e] != other[e]:
                return False
        for e in other:
            if self[e] != other[e]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if self[e] > other[e]:
                return False
        for e in other:
            if self[e] > other[e]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if self[e] < other[e]:
                return False
        for e in other:
            if self[e] < other[e]:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ----- namedtuple ----------------------------------------------------------------------------

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _field_getter(index, doc):
    def getter(self):
        return self[index]
    return property(getter)


def _quoted_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))

    fields = tuple(field_names)
    nfields = len(fields)
    ndefaults = len(field_defaults)
    nrequired = nfields - ndefaults
    default_values = tuple(field_defaults[f] for f in fields[nrequired:])
    field_index = {}
    for i, f in enumerate(fields):
        field_index[f] = i
    label = typename + ".__new__()"

    def bind(args, kwargs):
        nargs = len(args)
        if nargs > nfields:
            if ndefaults:
                raise TypeError("%s takes from %d to %d positional arguments but %d were given"
                                % (label, nrequired + 1, nfields + 1, nargs + 1))
            raise TypeError("%s takes %d positional arguments but %d were given"
                            % (label, nfields + 1, nargs + 1))
        values = list(args) + [_MISSING] * (nfields - nargs)
        for key in kwargs:
            i = field_index.get(key)
            if i is None:
                raise TypeError("%s got an unexpected keyword argument '%s'" % (label, key))
            if i < nargs:
                raise TypeError("%s got multiple values for argument '%s'" % (label, key))
            values[i] = kwargs[key]
        missing = []
        for i in range(nfields):
            if values[i] is _MISSING:
                if i >= nrequired:
                    values[i] = default_values[i - nrequired]
                else:
                    missing.append(fields[i])
        if missing:
            raise TypeError("%s missing %d required positional argument%s: %s"
                            % (label, len(missing), "" if len(missing) == 1 else "s",
                               _quoted_names(missing)))
        return values

    class _NamedTuple(tuple):
        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            if not kwargs and len(args) == nfields:
                return tuple.__new__(cls, args)
            return tuple.__new__(cls, bind(args, kwargs))

        @classmethod
        def _make(cls, iterable):
            values = tuple(iterable)
            if len(values) != nfields:
                raise TypeError('Expected %d arguments, got %d' % (nfields, len(values)))
            return tuple.__new__(cls, values)

        def _replace(self, **kwds):
            values = list(self)
            for key in kwds:
                i = field_index.get(key)
                if i is None:
                    raise ValueError('Got unexpected field names: %r'
                                     % [k for k in kwds if k not in field_index])
                values[i] = kwds[key]
            return tuple.__new__(type(self), values)

        def __repr__(self):
            parts = []
            for i in range(nfields):
                parts.append("%s=%r" % (fields[i], self[i]))
            return "%s(%s)" % (typename, ", ".join(parts))

        def _asdict(self):
            """Return a new dict which maps field names to their values."""
            result = {}
            for i in range(nfields):
                result[fields[i]] = self[i]
            return result

        def __getnewargs__(self):
            return tuple(self)

    cls = _NamedTuple
    try:
        cls.__name__ = typename
        cls.__qualname__ = typename
    except (AttributeError, TypeError):
        pass
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__match_args__ = fields
    cls.__doc__ = "%s(%s)" % (typename, ", ".join(fields))
    for i in range(nfields):
        setattr(cls, fields[i], _field_getter(i, 'Alias for field number %d' % i))
    if module is not None:
        try:
            cls.__module__ = module
        except (AttributeError, TypeError):
            pass
    return cls


class _Missing(object):
    """A unique marker object."""
    pass


_MISSING = _Missing()
