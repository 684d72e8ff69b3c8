"""Value and Array: typed values and arrays shared between "processes" (threads here).

They live in ordinary memory (every process of this multiprocessing is a thread of one
process), with ctypes' conversions: integer typecodes wrap to their C width, 'f' and 'd'
hold floats, 'c' holds one byte (a bytes of length 1) and 'u' one character. The
synchronized wrappers take their lock for each access of .value or of an item;
`v.value += 1` is two accesses, so wrap it in `with v.get_lock():`.
"""

import threading

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'Synchronized',
           'SynchronizedArray', 'SynchronizedString']

# typecode -> (ctypes name, bits or None, signed)
_TYPES = {
    'c': ('c_char', None, False),
    'u': ('c_wchar', None, False),
    'b': ('c_byte', 8, True),
    'B': ('c_ubyte', 8, False),
    'h': ('c_short', 16, True),
    'H': ('c_ushort', 16, False),
    'i': ('c_int', 32, True),
    'I': ('c_uint', 32, False),
    'l': ('c_long', 64, True),
    'L': ('c_ulong', 64, False),
    'q': ('c_longlong', 64, True),
    'Q': ('c_ulonglong', 64, False),
    'f': ('c_float', None, True),
    'd': ('c_double', None, True),
}


def _check_typecode(typecode):
    if typecode not in _TYPES:
        if isinstance(typecode, str):
            raise TypeError("unsupported typecode %r (taipan supports %s)"
                            % (typecode, ''.join(_TYPES)))
        raise TypeError("multiprocessing in taipan takes a typecode string such as 'i' or "
                        "'d', not %r" % (typecode,))


def _default(typecode):
    if typecode == 'c':
        return b'\x00'
    if typecode == 'u':
        return '\x00'
    if typecode in 'fd':
        return 0.0
    return 0


def _convert(typecode, v):
    """v as a C value of this type would read back (ctypes' rules)."""
    name, bits, signed = _TYPES[typecode]
    if bits is not None:
        if not hasattr(v, '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
        v = v.__index__()
        mask = (1 << bits) - 1
        v &= mask
        if signed and v >> (bits - 1):
            v -= 1 << bits
        return v
    if typecode in 'fd':
        if isinstance(v, (int, float)):
            return float(v)
        raise TypeError("must be real number, not %s" % type(v).__name__)
    if typecode == 'c':
        if isinstance(v, (bytes, bytearray)) and len(v) == 1:
            return bytes(v)
        if isinstance(v, int) and 0 <= v < 256:
            return bytes((v,))
        raise TypeError("one character bytes, bytearray or integer expected")
    if isinstance(v, str) and len(v) == 1:
        return v
    raise TypeError("one character unicode string expected")


class _RawValue:
    """What RawValue() returns: a typed cell with .value."""

    __slots__ = ('_typecode', '_value')

    def __init__(self, typecode, value):
        self._typecode = typecode
        self._value = _convert(typecode, value)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._typecode, v)

    def __repr__(self):
        return '%s(%r)' % (_TYPES[self._typecode][0], self._value)


class _RawArray:
    """What RawArray() returns: a fixed-length typed array."""

    def __init__(self, typecode, items):
        self._typecode = typecode
        self._items = [_convert(typecode, v) for v in items]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = self._items[i]
            if self._typecode == 'c':
                return b''.join(items)
            if self._typecode == 'u':
                return ''.join(items)
            return items
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("invalid index") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            n = len(range(*i.indices(len(self._items))))
            values = list(v)
            if len(values) != n:
                raise ValueError("Can only assign sequence of same size")
            self._items[i] = [_convert(self._typecode, x) for x in values]
        else:
            v = _convert(self._typecode, v)
            try:
                self._items[i] = v
            except IndexError:
                raise IndexError("invalid index") from None

    def __iter__(self):
        return iter(list(self._items))

    @property
    def value(self):
        # 'c' and 'u' arrays: the contents up to the first NUL.
        if self._typecode == 'c':
            s = b''.join(self._items)
            n = s.find(b'\x00')
            return s if n < 0 else s[:n]
        if self._typecode == 'u':
            s = ''.join(self._items)
            n = s.find('\x00')
            return s if n < 0 else s[:n]
        raise AttributeError("'%s_Array_%d' object has no attribute 'value'"
                             % (_TYPES[self._typecode][0], len(self._items)))

    @value.setter
    def value(self, v):
        if self._typecode not in 'cu':
            raise AttributeError('value')
        if len(v) > len(self._items):
            raise ValueError("byte string too long")
        for k in range(len(v)):
            self._items[k] = _convert(self._typecode, v[k:k + 1])
        if len(v) < len(self._items):
            self._items[len(v)] = _default(self._typecode)

    @property
    def raw(self):
        if self._typecode != 'c':
            raise AttributeError('raw')
        return b''.join(self._items)

    def __repr__(self):
        return '<%s_Array_%d object at %#x>' % (_TYPES[self._typecode][0],
                                               len(self._items), id(self))


def RawValue(typecode_or_type, *args):
    """A shared typed value without a lock."""
    _check_typecode(typecode_or_type)
    value = args[0] if args else _default(typecode_or_type)
    return _RawValue(typecode_or_type, value)


def RawArray(typecode_or_type, size_or_initializer):
    """A shared typed array without a lock: a size (zeros) or the initial items."""
    _check_typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        items = [_default(typecode_or_type)] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _RawArray(typecode_or_type, items)


def _make_lock(lock):
    if lock is True or lock is None:
        from multiprocessing.synchronize import RLock
        return RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared typed value; with a lock (default an RLock) unless lock=False."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _make_lock(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared typed array; with a lock (default an RLock) unless lock=False."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if typecode_or_type == 'c':
        return SynchronizedString(obj, _make_lock(lock))
    return SynchronizedArray(obj, _make_lock(lock))


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock is not None else _make_lock(True)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        with self._lock:
            return iter(list(self._obj))

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self._lock:
            self._obj[start:stop] = values


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw
