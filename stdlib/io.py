"""The `io` module: in-memory streams (StringIO, BytesIO) in Python, plus the names of
the builtin file types that open() returns.

The file objects themselves are native (builtins/io.cpp); here they are only bound to
their CPython names and registered with the abstract base classes so isinstance checks
against io.TextIOBase / io.BufferedIOBase work.
"""

import abc as _abc
import builtins as _builtins
import sys as _sys

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError


def open_code(path):
    return _builtins.open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return 'locale'
    return encoding


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase(metaclass=_abc.ABCMeta):
    """The base of every stream: closing, context management and line iteration."""

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" % (type(self).__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._check_closed()

    def close(self):
        if not self.__dict__.get('_closed', False):
            try:
                self.flush()
            finally:
                self.__dict__['_closed'] = True

    @property
    def closed(self):
        return self.__dict__.get('_closed', False)

    def _check_closed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._check_closed()
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _value_type_name(v):
    return type(v).__name__


class _InMemoryStream:
    """What StringIO and BytesIO share: always readable, writable and seekable while
    open; each class's _checkc raises its own closed-file message."""

    def readable(self):
        self._checkc()
        return True

    def writable(self):
        self._checkc()
        return True

    def seekable(self):
        self._checkc()
        return True

    @property
    def closed(self):
        return self._closed

    def flush(self):
        self._checkc()

    def isatty(self):
        self._checkc()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')


class StringIO(_InMemoryStream, TextIOBase):
    """A text stream kept in memory.

    Writes at the end (the usual case) are appended to a list of chunks and joined only
    when the text is needed (getvalue, read, an overwrite), so building a string with
    many small writes costs linear time. While `_fast` is true (open, no newline
    translation on write, position at the end) the position is `_len` and `_pos` is
    stale: write() then only appends.
    """

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % _value_type_name(newline))
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % _value_type_name(initial_value))
        self._closed = False
        self._newline = newline
        self._buf = ''      # the text, but for the pending writes in _chunks
        self._chunks = []   # writes appended at the end, not yet joined into _buf
        self._len = 0       # len(_buf) + the lengths of _chunks
        self._pos = 0
        self._seen = set()
        self._plain = newline == '\n'  # write() stores the text as given
        self._fast = self._plain
        if initial_value:
            self.write(initial_value)
            self._set_pos(0)

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)

    def _checkc(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _tell(self):
        return self._len if self._fast else self._pos

    def _set_pos(self, pos):
        self._pos = pos
        self._fast = self._plain and pos == self._len and not self._closed

    def _text(self):
        chunks = self._chunks
        if chunks:
            self._buf += ''.join(chunks)
            self._chunks = []
        return self._buf

    def getvalue(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')
        return self._text()

    def close(self):
        self._pos = self._tell()
        self._closed = True
        self._fast = False

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        if self._newline is not None and self._newline != '':
            return None
        seen = [s for s in ('\r', '\n', '\r\n') if s in self._seen]
        if not seen:
            return None
        if len(seen) == 1:
            return seen[0]
        return tuple(seen)

    def write(self, s):
        if self._fast and type(s) is str:
            self._chunks.append(s)
            n = len(s)
            self._len += n
            return n
        return self._write(s)

    def _write(self, s):
        if self._closed:
            raise ValueError('I/O operation on closed file')
        if type(s) is not str:
            if not isinstance(s, str):
                raise TypeError("string argument expected, got '%s'" % _value_type_name(s))
            s = str(s)
        n = len(s)
        nl = self._newline
        if nl is None or nl == '':
            # Universal newlines: remember the kinds seen (the newlines attribute);
            # None also translates them to '\n'.
            if '\r' in s:
                if '\r\n' in s:
                    self._seen.add('\r\n')
                rest = s.replace('\r\n', '')
                if '\r' in rest:
                    self._seen.add('\r')
                if '\n' in rest:
                    self._seen.add('\n')
                if nl is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen.add('\n')
        elif nl != '\n':
            s = s.replace('\n', nl)
        k = len(s)
        pos = self._tell()
        if pos == self._len:
            if k:
                self._chunks.append(s)
                self._len = pos + k
            self._set_pos(pos + k)
            return n
        buf = self._text()
        if pos > len(buf):
            buf = buf + '\0' * (pos - len(buf))
        self._buf = buf = buf[:pos] + s + buf[pos + k:]
        self._len = len(buf)
        self._set_pos(pos + k)
        return n

    def read(self, size=-1):
        self._checkc()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        pos = self._tell()
        if pos >= self._len:
            return ''
        buf = self._text()
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._set_pos(end)
        return buf[pos:end]

    def _line_end(self, buf, pos):
        nl = self._newline
        if nl == '':
            i = pos
            n = len(buf)
            while i < n:
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and buf[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return -1
        sep = '\n' if nl is None else nl
        i = buf.find(sep, pos)
        if i < 0:
            return -1
        return i + len(sep)

    def readline(self, size=-1):
        self._checkc()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % _value_type_name(size))
        pos = self._tell()
        if pos >= self._len:
            return ''
        buf = self._text()
        nl = self._newline
        if nl is None or nl == '\n':
            i = buf.find('\n', pos)
            end = len(buf) if i < 0 else i + 1
        else:
            end = self._line_end(buf, pos)
            if end < 0:
                end = len(buf)
        if size >= 0 and end - pos > size:
            end = pos + size
        self._set_pos(end)
        return buf[pos:end]

    def __next__(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')
        if self._fast:
            raise StopIteration
        pos = self._pos
        if pos >= self._len:
            raise StopIteration
        nl = self._newline
        if nl is None or nl == '\n':
            buf = self._text()
            end = buf.find('\n', pos) + 1 or len(buf)
            self._pos = end
            self._fast = self._plain and end == self._len
            return buf[pos:end]
        return self.readline()

    def tell(self):
        self._checkc()
        return self._tell()

    def seek(self, pos, whence=0):
        self._checkc()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % _value_type_name(pos))
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._set_pos(pos)
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._set_pos(self._len)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._tell()

    def truncate(self, pos=None):
        self._checkc()
        cur = self._tell()
        if pos is None:
            pos = cur
        elif not isinstance(pos, int):
            pos = pos.__index__()
        if pos < 0:
            raise ValueError('Negative size value %d' % pos)
        if pos < self._len:
            self._buf = self._text()[:pos]
            self._len = pos
        self._set_pos(cur)
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        raise TypeError("cannot pickle 'StringIO' object")


class BytesIO(_InMemoryStream, BufferedIOBase):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=None):
        self._closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf += initial_bytes

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)

    def _checkc(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def close(self):
        self._closed = True

    def getvalue(self):
        self._checkc()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkc()
        view = getattr(_builtins, 'memoryview', None)
        # Without memoryview, the buffer itself is the closest thing (shares the bytes).
        return self._buf if view is None else view(self._buf)

    def write(self, b):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if type(b) is bytes:
            buf = self._buf
            pos = self._pos
            if pos == len(buf):  # appending: no copy of b, no slice assignment
                buf += b
                n = len(b)
                self._pos = pos + n
                return n
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._checkc()
        if size is None:
            size = -1
        pos = self._pos
        buf = self._buf
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def readline(self, size=-1):
        self._checkc()
        if size is None:
            size = -1
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0 and end - pos > size:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def __next__(self):
        self._checkc()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkc()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkc()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % _value_type_name(pos))
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._checkc()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunk boundaries (text only)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()


# The native file types, under their CPython names (one native type may serve several).
TextIOWrapper = type(_sys.stdout)


def _file_type(mode, **kw):
    try:
        with _builtins.open('/dev/null', mode, **kw) as f:
            return type(f)
    except (OSError, ValueError, TypeError):
        return None


BufferedReader = _file_type('rb') or TextIOWrapper
BufferedWriter = _file_type('wb') or BufferedReader
FileIO = _file_type('rb', buffering=0) or BufferedReader
del _file_type
BufferedRandom = BufferedWriter


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


for _t in (TextIOWrapper,):
    TextIOBase.register(_t)
for _t in (BufferedReader, BufferedWriter):
    if not issubclass(_t, TextIOBase):
        BufferedIOBase.register(_t)
if FileIO not in (BufferedReader, BufferedWriter):
    RawIOBase.register(FileIO)
del _t
