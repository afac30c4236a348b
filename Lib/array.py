"""Typed arrays for Swoop, written in Python.

array(typecode[, initializer]) keeps its items in a Python list; every store
is checked (and converted) the way CPython's array module does it, with the
same error messages. Typecodes: b B h H i I l L q Q f d ('f' items are rounded
to single precision). Not provided: 'u', byteswap, buffer_info, and
tobytes/frombytes other than for 'b' and 'B'."""

from math import frexp as _frexp, isinf as _isinf, isnan as _isnan

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = 'bBuhHiIlLqQfd'

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1

# Names of built-in types the running implementation may lack (Swoop has no
# bytes/complex yet): missing ones are left out of isinstance checks.
try:
    _BYTES_TYPES = (bytes, bytearray)
except NameError:
    _BYTES_TYPES = ()
class _Missing(object):
    """A unique marker object."""
    pass


_MISSING = _Missing()


def _as_int(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


def _as_long(v):
    v = _as_int(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return v


def _conv_b(v):
    v = _as_long(v)
    if v < -32768:
        raise OverflowError("signed short integer is less than minimum")
    if v > 32767:
        raise OverflowError("signed short integer is greater than maximum")
    if v < -128:
        raise OverflowError("signed char is less than minimum")
    if v > 127:
        raise OverflowError("signed char is greater than maximum")
    return v


def _conv_B(v):
    v = _as_long(v)
    if v < 0:
        raise OverflowError("unsigned byte integer is less than minimum")
    if v > 255:
        raise OverflowError("unsigned byte integer is greater than maximum")
    return v


def _conv_h(v):
    v = _as_long(v)
    if v < -32768:
        raise OverflowError("signed short integer is less than minimum")
    if v > 32767:
        raise OverflowError("signed short integer is greater than maximum")
    return v


def _conv_i(v):
    v = _as_long(v)
    if v < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    if v > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    return v


def _conv_H(v):
    v = _conv_i(v)
    if v < 0:
        raise OverflowError("unsigned short is less than minimum")
    if v > 65535:
        raise OverflowError("unsigned short is greater than maximum")
    return v


def _conv_I(v):
    v = _as_int(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if v > 4294967295:
        raise OverflowError("unsigned int is greater than maximum")
    return v


def _conv_l(v):
    return _as_long(v)


def _conv_L(v):
    v = _as_int(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return v


def _conv_q(v):
    v = _as_int(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _conv_Q(v):
    v = _as_int(v)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v >= 1 << 64:
        raise OverflowError("int too big to convert")
    return v


def _conv_d(v):
    if type(v) is float:
        return v
    if isinstance(v, (int, float)) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise TypeError("must be real number, not %s" % type(v).__name__)


def _round_float32(x):
    """The double nearest to x rounded to IEEE single precision (ties to even)."""
    if x == 0.0 or _isinf(x) or _isnan(x):
        return x
    m, e = _frexp(x)
    if e >= -125:
        quantum = 2.0 ** (e - 24)
    else:
        quantum = 2.0 ** -149
    r = round(x / quantum) * quantum
    if r >= 3.402823669209385e38:
        return float('inf')
    if r <= -3.402823669209385e38:
        return float('-inf')
    if r == 0.0:
        return -0.0 if x < 0 else 0.0
    return r


def _conv_f(v):
    return _round_float32(_conv_d(v))


_CONVERTERS = {
    'b': _conv_b, 'B': _conv_B, 'h': _conv_h, 'H': _conv_H, 'i': _conv_i, 'I': _conv_I,
    'l': _conv_l, 'L': _conv_L, 'q': _conv_q, 'Q': _conv_Q, 'f': _conv_f, 'd': _conv_d,
}
_ITEMSIZE = {'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}


def _make(typecode, items):
    # items are already converted for typecode
    result = array(typecode)
    result._data = items
    return result


class array(object):
    """array(typecode [, initializer]) -> array"""

    def __init__(self, typecode, initializer=_MISSING):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode == 'u':
            raise NotImplementedError("array typecode 'u' is not supported by Swoop")
        conv = _CONVERTERS.get(typecode)
        if conv is None:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._conv = conv
        self._plain = typecode == 'd'
        self._data = []
        if initializer is _MISSING:
            return
        if isinstance(initializer, str):
            raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                            % typecode)
        if isinstance(initializer, _BYTES_TYPES):
            self.frombytes(initializer)
            return
        if isinstance(initializer, array) and initializer._typecode == typecode:
            self._data = list(initializer._data)
            return
        self._data = [conv(v) for v in initializer]

    # ----- attributes ---------------------------------------------------------------

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    # ----- item access ------------------------------------------------------------------

    def __len__(self):
        return len(self._data)

    def __getitem__(self, index):
        if type(index) is slice:
            return _make(self._typecode, self._data[index])
        try:
            return self._data[index]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, index, value):
        if type(index) is slice:
            self._setslice(index, value)
            return
        if not self._plain or type(value) is not float:
            value = self._conv(value)
        try:
            self._data[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def _setslice(self, index, value):
        if not isinstance(value, array):
            raise TypeError('can only assign array (not "%s") to array slice'
                            % type(value).__name__)
        if value._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        items = list(value._data)
        if index.step is not None and index.step != 1:
            start, stop, step = index.indices(len(self._data))
            count = len(range(start, stop, step))
            if len(items) != count:
                raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                                 % (len(items), count))
        self._data[index] = items

    def __delitem__(self, index):
        try:
            del self._data[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, value):
        return value in self._data

    # ----- list-like methods ------------------------------------------------------------

    def append(self, v):
        """Append new value v to the end of the array."""
        if not self._plain or type(v) is not float:
            v = self._conv(v)
        self._data.append(v)

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._data.extend(iterable._data)
            return
        conv = self._conv
        for v in iterable:
            self._data.append(conv(v))

    def fromlist(self, items):
        """Append items to array from list."""
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        conv = self._conv
        converted = [conv(v) for v in items]
        self._data.extend(converted)

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._data)

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        self._data.insert(i, self._conv(v))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        if not self._data:
            raise IndexError("pop from empty array")
        try:
            return self._data.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        data = self._data
        for i in range(len(data)):
            if data[i] == v:
                del data[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        """Return index of first occurrence of v in the array."""
        data = self._data
        n = len(data)
        if start < 0:
            start = max(0, start + n)
        if stop is None or stop > n:
            stop = n
        elif stop < 0:
            stop = max(0, stop + n)
        for i in range(start, stop):
            if data[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        """Return number of occurrences of v in the array."""
        n = 0
        for x in self._data:
            if x == v:
                n += 1
        return n

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._data.reverse()

    def tobytes(self):
        """Convert the array to an array of machine values (only 'b' and 'B')."""
        if self._typecode == 'B':
            return bytes(self._data)
        if self._typecode == 'b':
            return bytes([v & 0xFF for v in self._data])
        raise NotImplementedError("array.tobytes() for typecode '%s' is not supported by Swoop"
                                  % self._typecode)

    def frombytes(self, data):
        """Append items from the bytes (only typecodes 'b' and 'B')."""
        if self._typecode == 'B':
            self._data.extend(list(data))
        elif self._typecode == 'b':
            self._data.extend([v - 256 if v > 127 else v for v in data])
        else:
            raise NotImplementedError("array.frombytes() for typecode '%s' is not supported "
                                      "by Swoop" % self._typecode)

    def __copy__(self):
        return _make(self._typecode, list(self._data))

    def __deepcopy__(self, memo):
        return _make(self._typecode, list(self._data))

    # ----- operators -------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return _make(self._typecode, self._data + other._data)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("can only extend with array of same kind")
        self._data.extend(other._data)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return _make(self._typecode, self._data * n)

    def __rmul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return _make(self._typecode, self._data * n)

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._data = self._data * n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data != other._data

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data < other._data

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data <= other._data

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data > other._data

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data >= other._data

    __hash__ = None

    def __repr__(self):
        if not self._data:
            return "array('%s')" % self._typecode
        return "array('%s', %r)" % (self._typecode, self._data)

    __str__ = __repr__


ArrayType = array
