"""In-memory text streams for Swoop, written in Python: io.StringIO.

(open() and the file classes are not provided.)"""

__all__ = ["StringIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


try:
    class UnsupportedOperation(OSError, ValueError):
        pass
except TypeError:
    class UnsupportedOperation(OSError):
        pass


class StringIO(object):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        # The text is self._value plus the pending appended pieces in self._tail.
        self._value = ''
        self._tail = []
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # ----- helpers ---------------------------------------------------------------

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        if self._tail:
            self._value = self._value + ''.join(self._tail)
            self._tail = []
        return self._value

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl == '\r' or nl == '\r\n':
            s = s.replace('\n', nl)
        return s

    # ----- state --------------------------------------------------------------------

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def close(self):
        self._closed = True

    def flush(self):
        self._check_open()

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check_open()
        return self._text()

    def tell(self):
        """Tell the current file position."""
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._text())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        """Truncate size to pos (or size); the position is unchanged."""
        self._check_open()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        text = self._text()
        if size < len(text):
            self._value = text[:size]
        return size

    # ----- writing -------------------------------------------------------------------

    def write(self, s):
        """Write string to file; returns the number of characters written."""
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        pos = self._pos
        size = len(self._value)
        for piece in self._tail:
            size += len(piece)
        if pos == size:
            self._tail.append(s)
        else:
            text = self._text()
            if pos > size:
                text = text + '\0' * (pos - size)
            self._value = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def writelines(self, lines):
        """Write a list of lines to the stream."""
        for line in lines:
            self.write(line)

    # ----- reading -------------------------------------------------------------------

    def read(self, size=-1):
        """Read at most size characters; read to EOF if size is negative or None."""
        self._check_open()
        text = self._text()
        pos = self._pos
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), pos + size)
        if pos >= end:
            return ''
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos):
        nl = self._newline
        if nl == '':
            i = pos
            n = len(text)
            while i < n:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and text[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        term = '\n' if nl is None else nl
        i = text.find(term, pos)
        if i < 0:
            return len(text)
        return i + len(term)

    def readline(self, size=-1):
        """Read until newline or EOF."""
        self._check_open()
        if size is None:
            size = -1
        text = self._text()
        pos = self._pos
        if pos >= len(text):
            return ''
        end = self._line_end(text, pos)
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def readlines(self, hint=-1):
        """Return a list of lines from the stream."""
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
