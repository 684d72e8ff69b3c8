"""JSON encoding (json.encoder): JSONEncoder and the string escapers.

The output is byte-for-byte CPython 3.11's: floats via float.__repr__, ints via
int.__repr__, the same separators, indentation layout and error messages.
"""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

_ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i

_float_repr = float.__repr__
_int_repr = int.__repr__


def py_encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept)."""
    if s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    get = _ESCAPE_DCT.get
    return '"' + "".join([get(c, c) for c in s]) + '"'


def _ascii_char(c):
    e = _ESCAPE_DCT.get(c)
    if e is not None:
        return e
    n = ord(c)
    if 0x20 <= n < 0x7F:
        return c
    if n < 0x10000:
        return "\\u{0:04x}".format(n)
    n -= 0x10000
    return "\\u{0:04x}\\u{1:04x}".format(0xD800 | ((n >> 10) & 0x3FF), 0xDC00 | (n & 0x3FF))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + "".join([_ascii_char(c) for c in s]) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan):
            if o != o:
                text = "NaN"
            elif o == INFINITY:
                text = "Infinity"
            elif o == -INFINITY:
                text = "-Infinity"
            else:
                return _float_repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        return _make_iterencode(markers, self.default, _encoder, self.indent, floatstr,
                                self.key_separator, self.item_separator, self.sort_keys,
                                self.skipkeys, _one_shot)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _one_shot):
    if _indent is not None and not isinstance(_indent, str):
        _indent = " " * _indent

    # With _one_shot the pieces go to one list (no generator overhead); otherwise the
    # same walk yields them.
    def encode(o, level):
        out = []
        walk(o, level, out.append)
        return out

    def enter(o):
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def walk(o, level, emit):
        if isinstance(o, str):
            emit(_encoder(o))
        elif o is None:
            emit("null")
        elif o is True:
            emit("true")
        elif o is False:
            emit("false")
        elif isinstance(o, int):
            emit(_int_repr(o))
        elif isinstance(o, float):
            emit(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            walk_list(o, level, emit)
        elif isinstance(o, dict):
            walk_dict(o, level, emit)
        else:
            enter(o)
            walk(_default(o), level, emit)
            leave(o)

    def walk_list(lst, level, emit):
        if not lst:
            emit("[]")
            return
        enter(lst)
        if _indent is not None:
            level += 1
            newline_indent = "\n" + _indent * level
            separator = _item_separator + newline_indent
            emit("[" + newline_indent)
        else:
            newline_indent = None
            separator = _item_separator
            emit("[")
        first = True
        for value in lst:
            if first:
                first = False
            else:
                emit(separator)
            walk(value, level, emit)
        if newline_indent is not None:
            level -= 1
            emit("\n" + _indent * level)
        emit("]")
        leave(lst)

    def walk_dict(dct, level, emit):
        if not dct:
            emit("{}")
            return
        enter(dct)
        if _indent is not None:
            level += 1
            newline_indent = "\n" + _indent * level
            item_separator = _item_separator + newline_indent
            emit("{" + newline_indent)
        else:
            newline_indent = None
            item_separator = _item_separator
            emit("{")
        items = sorted(dct.items()) if _sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = _int_repr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, "
                                f"not {key.__class__.__name__}")
            if first:
                first = False
            else:
                emit(item_separator)
            emit(_encoder(key))
            emit(_key_separator)
            walk(value, level, emit)
        if newline_indent is not None:
            level -= 1
            emit("\n" + _indent * level)
        emit("}")
        leave(dct)

    if _one_shot:
        return encode

    def iterencode(o, level):
        yield from encode(o, level)

    return iterencode
