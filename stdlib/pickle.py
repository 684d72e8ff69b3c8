"""Object serialization: dumps/loads/dump/load, Pickler and Unpickler.

Writes protocols 0-5 (default 4, highest 5) with the same bytes as CPython's pickle
for the builtin types, classes and functions by reference, and instances reduced
through __reduce_ex__/__reduce__/__getnewargs_ex__/__getnewargs__/__getstate__/
__setstate__ and copyreg (the default reduction lives in copyreg._reduce, shared with
copy). Reads every opcode of protocols 0-5, so it loads CPython's pickles, with the
Python 2 name mapping (fix_imports) for protocols < 3.

Frames (protocol 4+) are cut at 64 KiB as CPython does, so large pickles are
byte-identical too. Protocol 0-2 pickles of bytes name _codecs.encode, as CPython's;
a stand-in serves that name here since taipan has no _codecs module.

Deliberately missing: PickleBuffer, so nothing is ever passed to buffer_callback
(loads(..., buffers=...) does serve NEXT_BUFFER), the `fast` mode's cycle check, the
Python-only Pickler.dispatch table, and pickletools/_pickle.
"""

import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from array import array as _array
from itertools import islice
from functools import partial

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------- opcodes

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000
_LITTLE = sys.byteorder == 'little'
_BININT1_OPS = [BININT1 + bytes((i,)) for i in range(256)]


def _u8(n):
    return bytes((n,))


def _u16(n):
    return n.to_bytes(2, 'little')


def _u32(n):
    return n.to_bytes(4, 'little')


def _i32(n):
    return n.to_bytes(4, 'little', signed=True)


def _u64(n):
    return n.to_bytes(8, 'little')


def _float_be(x):
    b = _array('d', [x]).tobytes()
    return b[::-1] if _LITTLE else b


def _float_from_be(b):
    return _array('d', b[::-1] if _LITTLE else b)[0]


def _batches(items):
    # Lists of up to _BATCHSIZE items; an empty final batch only for empty input.
    it = iter(items)
    while True:
        batch = list(islice(it, _BATCHSIZE))
        yield batch
        if len(batch) < _BATCHSIZE:
            return


def _raw_unicode_escape(text):
    # Protocol 0 text: latin-1 bytes, other code points as \uXXXX / \UXXXXXXXX, and
    # the characters that would end the line or confuse the escape escaped too.
    out = bytearray()
    for ch in text:
        c = ord(ch)
        if c > 0xffff:
            out += b'\\U%08x' % c
        elif c > 0xff or ch in '\\\0\n\r\x1a':
            out += b'\\u%04x' % c
        else:
            out.append(c)
    return bytes(out)


def _raw_unicode_unescape(data):
    parts = []
    i = 0
    n = len(data)
    while i < n:
        j = data.find(b'\\', i)
        if j < 0:
            parts.append(data[i:].decode('latin-1'))
            break
        parts.append(data[i:j].decode('latin-1'))
        # Only an odd run of backslashes followed by u/U starts an escape.
        k = j
        while k < n and data[k] == 0x5c:
            k += 1
        run = k - j
        if run % 2 == 1 and k < n and data[k] in b'uU':
            parts.append('\\' * (run - 1))
            width = 4 if data[k] == 0x75 else 8
            digits = data[k + 1:k + 1 + width]
            if len(digits) != width:
                raise UnicodeDecodeError('rawunicodeescape', bytes(data), j, n,
                                         'truncated \\uXXXX escape' if width == 4
                                         else 'truncated \\UXXXXXXXX escape')
            parts.append(chr(int(digits, 16)))
            i = k + 1 + width
        else:
            parts.append('\\' * run)
            i = k
    return ''.join(parts)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


# Protocols 0-2 write bytes as _codecs.encode(latin-1 text, 'latin1'), as CPython
# (readable by Python 2). taipan has no _codecs module: this function stands in for
# it, both when writing that reference and when a pickle asks for it.
_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'


_SIMPLE_ESCAPES = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
                   ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}


def _escape_decode(data):
    # The body of a protocol 0 STRING: a Python 2 str literal's escapes.
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c or i >= n:
            out.append(c)
            continue
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            j = i
            while j < n and j < i + 2 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i - 1:j], 8) & 0xff)
            i = j
        elif c == ord('x') and i + 2 <= n:
            out.append(int(data[i:i + 2], 16))
            i += 2
        else:
            out += b'\\' + bytes((c,))
    return bytes(out)


def encode_long(x):
    """Two's complement little-endian bytes of x, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and result[-2] & 0x80:
        result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


# ---------------------------------------------------------------- Python 2 names

_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError'
).split()
_PY3_OSERRORS = ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
                 'ConnectionRefusedError ConnectionResetError FileExistsError '
                 'FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError '
                 'PermissionError ProcessLookupError TimeoutError').split()

# Python 2 module -> Python 3 module (loading) and its inverse (dumping).
_IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
    'SocketServer': 'socketserver', 'ConfigParser': 'configparser', 'repr': 'reprlib',
    'thread': '_thread', 'cPickle': 'pickle', '_elementtree': 'xml.etree.ElementTree',
    'StringIO': 'io', 'cStringIO': 'io', 'UserDict': 'collections', 'UserList': 'collections',
    'UserString': 'collections', 'whichdb': 'dbm', 'anydbm': 'dbm', 'httplib': 'http.client',
    'urlparse': 'urllib.parse', 'htmlentitydefs': 'html.entities', 'HTMLParser': 'html.parser',
    'Cookie': 'http.cookies', 'cookielib': 'http.cookiejar', 'BaseHTTPServer': 'http.server',
    'commands': 'subprocess', 'dummy_thread': '_dummy_thread', 'markupbase': '_markupbase',
    '_winreg': 'winreg', 'itertools': 'itertools', 'exceptions': 'builtins',
}
_REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser', 'reprlib': 'repr',
    '_thread': 'thread', '_functools': 'functools', '_pickle': 'pickle',
    'http.client': 'httplib', 'urllib.parse': 'urlparse', 'html.entities': 'htmlentitydefs',
    'html.parser': 'HTMLParser', 'http.cookies': 'Cookie', 'http.cookiejar': 'cookielib',
    'http.server': 'BaseHTTPServer', '_markupbase': 'markupbase', 'winreg': '_winreg',
    'dbm': 'anydbm',
}
_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
}
for _n in _PY2_EXCEPTIONS:
    _NAME_MAPPING[('exceptions', _n)] = ('builtins', _n)
_REVERSE_NAME_MAPPING = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('dbm', 'whichdb'): ('whichdb', 'whichdb'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
for _n in _PY2_EXCEPTIONS:
    _REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', _n)
for _n in _PY3_OSERRORS:
    _REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', 'OSError')
del _n


# ---------------------------------------------------------------- name lookup

def _getattribute(obj, name):
    """(attribute, parent) for a dotted qualified name below obj."""
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj (named `name`) belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name in ('__main__', '__mp_main__') or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# ---------------------------------------------------------------- pickling

class _Framer:
    # Protocol 4+ output goes through frames: opcodes accumulate in `frame` and are
    # written with a FRAME header (when at least 4 bytes) once 64 KiB have gathered or
    # the pickle ends. Payloads of 64 KiB or more bypass frames.

    def __init__(self, file_write):
        self.file_write = file_write
        self.frame = None

    def start_framing(self):
        self.frame = bytearray()

    def end_framing(self):
        if self.frame:
            self.commit_frame(force=True)
        self.frame = None

    def commit_frame(self, force=False):
        f = self.frame
        if f is not None and (force or len(f) >= _FRAME_SIZE_TARGET):
            if len(f) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + _u64(len(f)))
            self.file_write(bytes(f))
            self.frame = bytearray()

    def write(self, data):
        if self.frame is not None:
            self.frame += data
        else:
            self.file_write(data)

    def write_large_bytes(self, header, payload):
        if self.frame:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


class Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self._buffer_callback = buffer_callback
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._has_persistent_id = True

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + _u8(self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        # persistent_id() may be overridden by a subclass or set on the instance.
        self._has_persistent_id = getattr(self.persistent_id, '__func__', None) is not \
            Pickler.persistent_id
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(MEMOIZE if self.proto >= 4 else self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + _u8(idx)
            return LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + _u8(i)
            return LONG_BINGET + _u32(i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        frame = self.framer.frame
        if frame is not None and len(frame) >= _FRAME_SIZE_TARGET:
            self.framer.commit_frame()
        if self._has_persistent_id and save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        override = getattr(self, "reducer_override", None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = copyreg._reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                save(partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # ---- the builtin types

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(_BININT1_OPS[obj])
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + _u16(obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _i32(obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + _u8(n) + encoded)
            else:
                self.write(LONG4 + _i32(n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _float_be(obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + _u8(n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + _u64(n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + _u32(n), obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + _u64(n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _u64(n) + obj)
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _u8(n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + _u64(n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + _u32(n), encoded)
            else:
                self.write(BINUNICODE + _u32(n) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            # A recursive tuple already built while saving its items: fetch that one.
            x = memo.get(id(obj))
            if x is not None:
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_TUPLE_OPS[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        if type(items) is list and len(items) < _BATCHSIZE:
            batches = (items,)  # the common case: one batch, no copying
        else:
            batches = _batches(items)
        for batch in batches:
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for batch in _batches(items):
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self.write
        write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = list(islice(it, _BATCHSIZE))
            n = len(batch)
            if n > 0:
                write(MARK)
                for item in batch:
                    self.save(item)
                write(ADDITEMS)
            if n < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        if obj is _codecs_encode:
            write(GLOBAL + b'_codecs\nencode\n')
            self.memoize(obj)
            return
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + _u8(code))
                elif code <= 0xffff:
                    write(EXT2 + _u16(code))
                else:
                    write(EXT4 + _i32(code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAME_MAPPING:
                    module_name, name = _REVERSE_NAME_MAPPING[(module_name, name)]
                elif module_name in _REVERSE_IMPORT_MAPPING:
                    module_name = _REVERSE_IMPORT_MAPPING[module_name]
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def _save_function(self, obj):
        self.save_global(obj)

    _dispatch = {
        type(None): save_none,
        bool: save_bool,
        int: save_long,
        float: save_float,
        bytes: save_bytes,
        bytearray: save_bytearray,
        str: save_str,
        tuple: save_tuple,
        list: save_list,
        dict: save_dict,
        set: save_set,
        frozenset: save_frozenset,
        type: save_type,
        type(save_none): _save_function,
    }


def _save_builtin(self, obj):
    # Module-level builtins (len, array._array_reconstructor) by reference; bound
    # builtin methods ([].append) reduce to getattr(owner, name).
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        self.save_global(obj)
    else:
        self.save_reduce(getattr, (owner, obj.__name__), obj=obj)


Pickler._dispatch[type(len)] = _save_builtin


# ---------------------------------------------------------------- unpickling

class _Reader:
    # Reads a pickle from bytes (loads) or from a file, serving whole frames from memory.

    def __init__(self, file=None, data=None):
        if data is not None:
            self.data = bytes(data) if not isinstance(data, bytes) else data
            self.pos = 0
            self.file_read = self.file_readline = None
        else:
            self.data = b''
            self.pos = 0
            self.file_read = file.read
            self.file_readline = file.readline

    def read(self, n):
        pos = self.pos
        end = pos + n
        data = self.data
        if end <= len(data):
            self.pos = end
            return data[pos:end]
        if self.file_read is None or pos < len(data):
            if pos < len(data) and self.file_read is not None:
                raise UnpicklingError("pickle exhausted before end of frame")
            self.pos = len(data)
            return data[pos:]
        return self.file_read(n)

    def read_exact(self, n):
        pos = self.pos
        end = pos + n
        if end <= len(self.data):
            self.pos = end
            return self.data[pos:end]
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        data = self.data
        pos = self.pos
        if pos < len(data) or self.file_readline is None:
            end = data.find(b'\n', pos)
            end = len(data) if end < 0 else end + 1
            self.pos = end
            return data[pos:end]
        return self.file_readline()

    def load_frame(self, size):
        if self.file_read is None:
            if self.pos + size > len(self.data):
                raise UnpicklingError("pickle data was truncated")
            return
        if self.pos < len(self.data):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.data = self.file_read(size)
        self.pos = 0
        if len(self.data) < size:
            raise UnpicklingError("pickle data was truncated")


class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        if file is not None and not (hasattr(file, 'read') and hasattr(file, 'readline')):
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file = file
        self._reader = None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object representation from the open file."""
        if self._reader is None:
            if not hasattr(self, "_file"):
                raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                      % (self.__class__.__name__,))
            self._reader = _Reader(file=self._file)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self._reader.read
        # The opcode handlers read through self._read: bind the reader's method directly.
        self._read = self._reader.read_exact
        dispatch = self._dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    c = key[0]
                    if 0x20 <= c <= 0x7e and c not in (0x27, 0x5c):
                        raise UnpicklingError("invalid load key, '%c'." % c)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    # ---- reading helpers

    def _read(self, n):
        data = self._reader.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self._reader.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if module == '_codecs' and name == 'encode' and '_codecs' not in sys.modules:
            return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # ---- opcodes

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._read(8), 'little')
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._reader.load_frame(size)

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        self.append(self.persistent_load(self._pop()))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(int.from_bytes(self._read(4), 'little', signed=True))

    def load_binint1(self):
        self.append(self._read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self._read(2), 'little'))

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1:] == b'L':
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))

    def load_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))

    def load_float(self):
        self.append(float(self._readline()[:-1]))

    def load_binfloat(self):
        self.append(_float_from_be(self._read(8)))

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._read(4), 'little')
        self.append(self._read(n))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))

    def load_binbytes8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(self._read(n))

    def load_bytearray8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no "
                                  "*buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, memoryview) and not buf.readonly:
            self.stack[-1] = buf.toreadonly()

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        n = int.from_bytes(self._read(4), 'little')
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def _load_tuple_n(self, n):
        stack = self.stack
        if len(stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(stack[len(stack) - n:])
        del stack[len(stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._load_tuple_n(1)

    def load_tuple2(self):
        self._load_tuple_n(2)

    def load_tuple3(self):
        self._load_tuple_n(3)

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        args = self.pop_mark()
        self._instantiate(klass, args)

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _nil)
        if obj is not _nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), 'little'))

    def load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), 'little', signed=True))

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._read(4), 'little'))

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def load_long_binput(self):
        i = int.from_bytes(self._read(4), 'little')
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        lst = self._top()
        lst.append(value)

    def load_appends(self):
        items = self.pop_mark()
        lst = self._top()
        try:
            extend = lst.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = lst.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        s = self._top()
        if isinstance(s, (set, frozenset)) and type(s) in (set, frozenset):
            s.update(items)
        else:
            add = s.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())

    _opcode_table = {
        PROTO: load_proto, FRAME: load_frame, PERSID: load_persid, BINPERSID: load_binpersid,
        NONE: load_none, NEWFALSE: load_false, NEWTRUE: load_true, INT: load_int,
        BININT: load_binint, BININT1: load_binint1, BININT2: load_binint2, LONG: load_long,
        LONG1: load_long1, LONG4: load_long4, FLOAT: load_float, BINFLOAT: load_binfloat,
        STRING: load_string, BINSTRING: load_binstring, SHORT_BINSTRING: load_short_binstring,
        BINBYTES: load_binbytes, SHORT_BINBYTES: load_short_binbytes,
        BINBYTES8: load_binbytes8, BYTEARRAY8: load_bytearray8, NEXT_BUFFER: load_next_buffer,
        READONLY_BUFFER: load_readonly_buffer, UNICODE: load_unicode,
        BINUNICODE: load_binunicode, BINUNICODE8: load_binunicode8,
        SHORT_BINUNICODE: load_short_binunicode, TUPLE: load_tuple,
        EMPTY_TUPLE: load_empty_tuple, TUPLE1: load_tuple1, TUPLE2: load_tuple2,
        TUPLE3: load_tuple3, EMPTY_LIST: load_empty_list, EMPTY_DICT: load_empty_dictionary,
        EMPTY_SET: load_empty_set, FROZENSET: load_frozenset, LIST: load_list, DICT: load_dict,
        INST: load_inst, OBJ: load_obj, NEWOBJ: load_newobj, NEWOBJ_EX: load_newobj_ex,
        GLOBAL: load_global, STACK_GLOBAL: load_stack_global, EXT1: load_ext1,
        EXT2: load_ext2, EXT4: load_ext4, REDUCE: load_reduce, POP: load_pop,
        POP_MARK: load_pop_mark, DUP: load_dup, GET: load_get, BINGET: load_binget,
        LONG_BINGET: load_long_binget, PUT: load_put, BINPUT: load_binput,
        LONG_BINPUT: load_long_binput, MEMOIZE: load_memoize, APPEND: load_append,
        APPENDS: load_appends, SETITEM: load_setitem, SETITEMS: load_setitems,
        ADDITEMS: load_additems, BUILD: load_build, MARK: load_mark, STOP: load_stop,
    }
    _dispatch = {k[0]: v for k, v in _opcode_table.items()}


_nil = object()


def _check_loads_arg(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")


# ---------------------------------------------------------------- shorthands

class _BytesSink:
    def __init__(self):
        self.parts = []
        self.write = self.parts.append


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    _check_loads_arg(data)
    u = Unpickler(None, fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    u._reader = _Reader(data=data)
    return u.load()
