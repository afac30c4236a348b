# The traceback module: format_exc, print_exc, format_exception (chained, unchained, the
# three-argument form), format_exception_only, extract_tb and FrameSummary, format_tb,
# format_list, print_exception. (Each failing line is a whole statement: CPython 3.11
# then shows no position carets, which Swoop does not draw.)
import io
import sys
import traceback


def inner(x):
    raise ValueError("bad value %d" % x)


def outer(x):
    inner(x)


def show(text):
    print(text.replace(__file__, "FILE"), end="")


def printed(fn, *args):
    # What a print_* function writes, with the script's path (absolute, as CPython's
    # __file__ for the main script) replaced.
    buf = io.StringIO()
    fn(*args, file=buf)
    show(buf.getvalue())


try:
    outer(3)
except ValueError:
    show(traceback.format_exc())
    t, v, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line, repr(fs).replace(__file__, "FILE"), len(fs))
    print([tuple(x)[1:] for x in traceback.extract_tb(tb, limit=2)])
    print([tuple(x)[1:] for x in traceback.extract_tb(tb, limit=-1)])
    print(len(traceback.format_tb(tb)), traceback.format_exception_only(v))
    print(traceback.extract_tb(tb)[0] == (__file__, 31, "<module>", "outer(3)"))
    printed(traceback.print_exc)


def lookup():
    raise KeyError("missing")


try:
    try:
        lookup()
    except KeyError as e:
        raise RuntimeError("while looking") from e
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.format_exception(e, chain=False)))
    show("".join(traceback.format_exception(type(e), e, e.__traceback__)))
    show("".join(traceback.format_exception(e, limit=1)))

try:
    try:
        lookup()
    except KeyError:
        raise TypeError("during handling")
except TypeError:
    show(traceback.format_exc())

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(ValueError()))


class MyError(Exception):
    pass


try:
    raise MyError("mine")
except MyError as e:
    print(traceback.format_exception_only(e))
    printed(traceback.print_exception, e)
    print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
    printed(traceback.print_tb, e.__traceback__)
