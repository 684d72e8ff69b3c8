"""JSON decoding (json.decoder): JSONDecoder, JSONDecodeError and the scanner.

A hand-written recursive-descent scanner (taipan has no `re`). Error messages and the
reported positions follow CPython 3.11's C scanner, which is what CPython uses by
default, so `str(err)` and err.pos/lineno/colno match.
"""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_WS = " \t\n\r"
_DIGITS = "0123456789"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, pos):
    # pos: index of the 'u'
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and all(c in "0123456789abcdefABCDEF" for c in esc):
        return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string starting after the quote at end - 1.
    Returns (str, index after the closing quote)."""
    begin = end - 1
    chunks = []
    append = chunks.append
    n = len(s)
    find = s.find
    while True:
        q = find('"', end)
        if q < 0:
            q = n
        b = find("\\", end, q)
        stop = q if b < 0 else b
        chunk = s[end:stop]
        if chunk and not chunk.isprintable():
            for k, c in enumerate(chunk):
                if c < " ":
                    if strict:
                        raise JSONDecodeError("Invalid control character at", s, end + k)
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if chunk:
            append(chunk)
        if stop == q:
            return "".join(chunks), q + 1
        # a backslash escape at `stop`
        end = stop + 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != "u":
            try:
                append(_BACKSLASH[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end - 1) from None
            end += 1
            continue
        uni = _hex4(s, end)
        end += 5
        if 0xD800 <= uni <= 0xDBFF and s[end:end + 2] == "\\u":
            uni2 = _hex4(s, end + 1)
            if 0xDC00 <= uni2 <= 0xDFFF:
                uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                end += 6
        append(chr(uni))


class _Scanner:
    def __init__(self, ctx):
        self.strict = ctx.strict
        self.object_hook = ctx.object_hook
        self.object_pairs_hook = ctx.object_pairs_hook
        self.parse_float = ctx.parse_float
        self.parse_int = ctx.parse_int
        self.parse_constant = ctx.parse_constant
        self.fast_float = ctx.parse_float is float
        self.fast_int = ctx.parse_int is int
        self.memo = {}

    def scan_once(self, s, idx):
        try:
            return self.scan(s, idx)
        finally:
            self.memo.clear()

    __call__ = scan_once

    def scan(self, s, idx):
        # Raises StopIteration(idx) when no value starts at idx.
        try:
            c = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == "{":
            return self.parse_object(s, idx + 1)
        if c == "[":
            return self.parse_array(s, idx + 1)
        if c == "n" and s.startswith("null", idx):
            return None, idx + 4
        if c == "t" and s.startswith("true", idx):
            return True, idx + 4
        if c == "f" and s.startswith("false", idx):
            return False, idx + 5
        if c in _DIGITS or c == "-":
            r = self.parse_number(s, idx)
            if r is not None:
                return r
        if c == "N" and s.startswith("NaN", idx):
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s.startswith("Infinity", idx):
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s.startswith("-Infinity", idx):
            return self.parse_constant("-Infinity"), idx + 9
        raise StopIteration(idx)

    def parse_number(self, s, idx):
        n = len(s)
        i = idx
        if s[i] == "-":
            i += 1
            if i >= n or s[i] not in _DIGITS:
                return None
        if s[i] == "0":
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j + 1
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[idx:i]
        if is_float:
            return (float(text) if self.fast_float else self.parse_float(text)), i
        return (int(text) if self.fast_int else self.parse_int(text)), i

    def parse_object(self, s, end):
        pairs = []
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == "}":
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end + 1
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        memo = self.memo
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self.scan(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "}":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def parse_array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        append = values.append
        while True:
            try:
                value, end = self.scan(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "]":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


def py_make_scanner(context):
    return _Scanner(context)


make_scanner = py_make_scanner


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON
        document) and return a 2-tuple of the Python representation and the
        index in ``s`` where the document ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
