"""Shallow and deep copy operations for Swoop, written in Python.

Handles the built-in types, and instances of user classes through __copy__ /
__deepcopy__ or by copying their __dict__ (and __slots__) into a new instance
made with cls.__new__(cls)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = [type(None), int, float, bool, str, tuple, frozenset, type, range, slice,
           type(Ellipsis), type(NotImplemented), type(len)]
try:
    _ATOMIC.append(complex)
except NameError:
    pass
try:
    _ATOMIC.append(bytes)
    _BYTEARRAY = bytearray
except NameError:
    _BYTEARRAY = None
_ATOMIC = tuple(_ATOMIC)


def _is_atomic(cls):
    return cls in _ATOMIC or issubclass(cls, type) or _is_function_type(cls)


def _is_function_type(cls):
    return cls is type(_is_atomic) or cls is type(lambda: None)


def _slot_names(cls):
    names = []
    try:
        mro = cls.__mro__
    except AttributeError:
        mro = (cls,)
    for klass in mro:
        slots = getattr(klass, '__slots__', None)
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _new_instance(x, cls):
    for base in (list, dict, set):
        if isinstance(x, base):
            return cls.__new__(cls)
    return cls.__new__(cls)


def _copy_state(x, y, copier):
    state = getattr(x, '__dict__', None)
    if state:
        d = y.__dict__
        for key, value in state.items():
            d[key] = copier(value)
    for name in _slot_names(type(x)):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, copier(value))


def _identity(v):
    return v


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is _BYTEARRAY:
        return _BYTEARRAY(x)
    if _is_atomic(cls):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        _copy_state(x, y, _identity)
        return y
    y = _new_instance(x, cls)
    _copy_state(x, y, _identity)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        for key in dict.keys(x):
            dict.__setitem__(y, key, dict.__getitem__(x, key))
    elif isinstance(x, set):
        y.update(x)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls) and cls is not tuple and cls is not frozenset:
        return x
    if cls is list:
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y
    if cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple reached again through its own items was copied meanwhile.
        try:
            return memo[d]
        except KeyError:
            pass
        for k in range(len(x)):
            if x[k] is not y[k]:
                y = tuple(y)
                break
        else:
            return x
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is set or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        y = cls(items)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is _BYTEARRAY:
        y = _BYTEARRAY(x)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None and not isinstance(x, type):
        y = copier(memo)
    else:
        if isinstance(x, BaseException):
            y = cls.__new__(cls, *[deepcopy(a, memo) for a in x.args])
        else:
            y = _new_instance(x, cls)
        memo[d] = y

        def copier_fn(v):
            return deepcopy(v, memo)
        _copy_state(x, y, copier_fn)
        if isinstance(x, list):
            for a in x:
                y.append(deepcopy(a, memo))
        elif isinstance(x, dict):
            for key in dict.keys(x):
                dict.__setitem__(y, deepcopy(key, memo), deepcopy(dict.__getitem__(x, key), memo))
        elif isinstance(x, set):
            for a in x:
                y.add(deepcopy(a, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so its id cannot be reused meanwhile."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
