# Traceback objects: e.__traceback__ (outermost first, tb_next towards the raise), their
# frames' code, line and globals; sys.exc_info() and sys.exception(); with_traceback and
# assigning __traceback__; code objects' names.
import sys


def inner(x):
    raise ValueError("bad %d" % x)


def middle(x):
    inner(x)


def outer(x):
    middle(x)


def chain_of(tb):
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        out.append((code.co_name, tb.tb_lineno, code.co_filename == __file__))
        tb = tb.tb_next
    return out


try:
    outer(1)
except ValueError as e:
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
    print(chain_of(e.__traceback__))
    deepest = e.__traceback__.tb_next.tb_next.tb_next
    print(deepest.tb_frame.f_lineno, deepest.tb_frame.f_globals is globals(), deepest.tb_next)
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, chain_of(tb) == chain_of(e.__traceback__), sys.exception() is e)

print(sys.exc_info(), sys.exception())


def handler_state():
    # Inside a handler, after it, and in a nested handler.
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            print("nested:", sys.exc_info()[0].__name__)
        print("outer again:", sys.exc_info()[0].__name__, repr(sys.exception()))
    print("after:", sys.exc_info())


handler_state()


def rewrap():
    try:
        outer(2)
    except ValueError as e:
        raise RuntimeError("wrapped").with_traceback(e.__traceback__)


try:
    rewrap()
except RuntimeError as e:
    print(chain_of(e.__traceback__))
    e.__traceback__ = None
    print(e.__traceback__)
    try:
        e.__traceback__ = "not a traceback"
    except TypeError as err:
        print("TypeError:", err)
    e2 = ValueError("fresh")
    print(e2.__traceback__, e2.with_traceback(None) is e2)


def gen():
    yield 1
    raise LookupError("from a generator")


try:
    for _ in gen():
        pass
except LookupError as e:
    print(chain_of(e.__traceback__))

print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_varnames,
      outer.__code__.co_firstlineno, outer.__code__.co_filename == __file__)
print(repr(outer.__code__).startswith("<code object outer at 0x"))
