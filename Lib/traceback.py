"""Extract, format and print tracebacks, for Swoop, written in Python.

The output is what Swoop prints for an uncaught exception (source lines without the
position carets CPython 3.11 adds under part of a line). Frame summaries come from the
traceback objects of `exc.__traceback__`; source lines and an exception's last line
come from the runtime (`_traceback`). Not provided: the stack of the running frames
(print_stack, extract_stack, walk_stack) and TracebackException."""

import sys
import _traceback

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only", "format_list",
           "format_tb", "print_exc", "print_exception", "print_list", "print_tb", "FrameSummary",
           "StackSummary", "walk_tb"]


class FrameSummary:
    """One frame of a traceback: where (filename, lineno, name) and its source line."""

    __slots__ = ("filename", "lineno", "name", "_line")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.source_line(self.filename, self.lineno) or ""
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.line == other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


def walk_tb(tb):
    """(frame, line number) for each entry of traceback `tb`, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        entries = [(f.f_code.co_filename, lineno, f.f_code.co_name) for f, lineno in frame_gen]
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        return klass(FrameSummary(f, n, name, lookup_line=lookup_lines) for f, n, name in entries)

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for frame in self:
            row = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
            if frame.line:
                row += "    {}\n".format(frame.line)
            result.append(row)
        return result


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


_sentinel = object()


def _exception(exc, value, tb):
    # format_exception(exc) or format_exception(type, value, tb), as CPython's.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        return None, None
    return value, tb


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return [_traceback.format_exception_only(value)]


def _format_one(value, tb, limit):
    lines = []
    if tb is not None:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(format_tb(tb, limit=limit))
    lines.extend(format_exception_only(value))
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _exception(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    lines = []
    seen = set()

    def walk(value, tb):
        seen.add(id(value))
        if chain:
            cause, context = value.__cause__, value.__context__
            if cause is not None and id(cause) not in seen:
                walk(cause, cause.__traceback__)
                lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
            elif context is not None and not value.__suppress_context__ and id(context) not in seen:
                walk(context, context.__traceback__)
                lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
        lines.extend(_format_one(value, tb, limit))

    walk(value, tb)
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)
