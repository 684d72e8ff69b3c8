"""Regular expressions: CPython 3.11's `re` API on PCRE2 (the native `_pcre` module).

Provided: compile, search, match, fullmatch, split, findall, finditer, sub, subn,
escape, purge, error, Pattern, Match, RegexFlag and the flag constants (A/ASCII,
I/IGNORECASE, L/LOCALE, M/MULTILINE, S/DOTALL, X/VERBOSE, U/UNICODE, NOFLAG, DEBUG).

Patterns are checked and translated to PCRE2 syntax by re._parser (CPython's error
messages and positions); compiled patterns are cached (512 entries) and shared by all
threads. Match is the native _pcre.Match; Pattern and the loops over matches are here. Deliberately missing: re.template and the TEMPLATE flag's behaviour, re.Scanner,
Pattern.scanner, DEBUG output (the flag is accepted and ignored). Known differences from
CPython's engine: look-behind accepts alternatives of different fixed lengths; lone
surrogates in a subject match nothing; under ASCII|IGNORECASE a class such as [k]
also matches the Kelvin sign.
"""

import enum
import _pcre
from . import _parser
from ._parser import error

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
           "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = _parser.ASCII
    IGNORECASE = I = _parser.IGNORECASE
    LOCALE = L = _parser.LOCALE
    UNICODE = U = _parser.UNICODE
    MULTILINE = M = _parser.MULTILINE
    DOTALL = S = _parser.DOTALL
    VERBOSE = X = _parser.VERBOSE
    TEMPLATE = T = _parser.TEMPLATE
    DEBUG = _parser.DEBUG

    def __repr__(self):
        value = self._value_
        names = []
        for m in (RegexFlag.ASCII, RegexFlag.IGNORECASE, RegexFlag.LOCALE, RegexFlag.UNICODE,
                  RegexFlag.MULTILINE, RegexFlag.DOTALL, RegexFlag.VERBOSE,
                  RegexFlag.TEMPLATE, RegexFlag.DEBUG):
            v = m._value_
            if value & v:
                names.append('re.' + m._name_)
                value &= ~v
        if value or not names:
            if not names:
                return 're.NOFLAG' if not value else 're.RegexFlag(%d)' % value
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_MAXSIZE = 9223372036854775807
_mappingproxy = type(type.__dict__)
_SEARCH = _pcre.SEARCH
_MATCH = _pcre.MATCH
_FULLMATCH = _pcre.FULLMATCH
_NOTEMPTY_ATSTART = _pcre.NOTEMPTY_ATSTART
_pmatch = _pcre.match
_pscan = _pcre.scan
_pfindall = _pcre.findall
_psplit = _pcre.split

# Pattern repr names flags in this order (as CPython's C code does).
_REPR_FLAGS = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
               ('ASCII', 256))


def _str_subject(string):
    if isinstance(string, str):
        return string
    if isinstance(string, (bytes, bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _bytes_subject(string):
    if isinstance(string, (bytearray, memoryview)):
        return bytes(string)
    if isinstance(string, bytes):
        return string
    if isinstance(string, str):
        raise TypeError('cannot use a bytes pattern on a string-like object')
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _class_getitem(cls, item):
    import types
    return types.GenericAlias(cls, item)


class Pattern:
    """A compiled regular expression (made by re.compile)."""

    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_code', '_bytes', '_templates')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        """A mapping from group names to group numbers (read-only)."""
        return _mappingproxy(self._groupindex)

    def _subject(self, string):
        if self._bytes:
            return string if type(string) is bytes else _bytes_subject(string)
        return string if type(string) is str else _str_subject(string)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scans through string for the first match; a Match or None."""
        return _pmatch(self._code, self._subject(string), pos, endpos, _SEARCH, self, string, pos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches at the start (pos) of string; a Match or None."""
        return _pmatch(self._code, self._subject(string), pos, endpos, _MATCH, self, string, pos)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches the whole of string[pos:endpos]; a Match or None."""
        return _pmatch(self._code, self._subject(string), pos, endpos, _FULLMATCH, self, string, pos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of Match objects over all non-overlapping matches."""
        return _finditer(self, string, self._subject(string), pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """All non-overlapping matches: strings, or tuples of groups with several groups."""
        return _pfindall(self._code, self._subject(string), pos, endpos)

    def split(self, string, maxsplit=0):
        """Splits string by the matches; groups in the pattern are included."""
        subject = self._subject(string)
        if maxsplit < 0:
            return [subject[:]]
        return _psplit(self._code, subject, maxsplit)

    def sub(self, repl, string, count=0):
        """string with matches replaced by repl (a template string or a function)."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions made)."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        subject = self._subject(string)
        is_callable = callable(repl)
        if not is_callable:
            items = self._template(repl)  # template errors come even without a match
        if count < 0:
            found = ()
        elif is_callable:
            found = _pscan(self._code, subject, 0, _MAXSIZE, count, self, string)
        else:
            found = _pscan(self._code, subject, 0, _MAXSIZE, count)
        if not found:
            if type(subject) is str or type(subject) is bytes:
                return subject, 0
            return (str(subject) if isinstance(subject, str) else bytes(subject)), 0
        pieces = []
        append = pieces.append
        last = 0
        if is_callable:
            for m in found:
                append(subject[last:m.start()])
                r = repl(m)
                if r is not None:
                    append(r)
                last = m.end()
        else:
            if len(items) == 1 and type(items[0]) is not int:
                lit = items[0]
                for sp in found:
                    append(subject[last:sp[0]])
                    append(lit)
                    last = sp[1]
            else:
                for sp in found:
                    append(subject[last:sp[0]])
                    for item in items:
                        if type(item) is int:
                            s = sp[2 * item]
                            if s >= 0:
                                append(subject[s:sp[2 * item + 1]])
                        else:
                            append(item)
                    last = sp[1]
        append(subject[last:])
        return subject[:0].join(pieces), len(found)

    def _template(self, repl):
        """The parsed form of a replacement template (cached per pattern)."""
        try:
            return self._templates[repl]
        except KeyError:
            pass
        except TypeError:
            # unhashable (a bytearray template): parse every time
            return self._parse_template(repl)
        items = self._parse_template(repl)
        if len(self._templates) < 64:
            self._templates[repl] = items
        return items

    def _parse_template(self, repl):
        if self._bytes:
            if isinstance(repl, (bytearray, memoryview)):
                repl = bytes(repl)
            if not isinstance(repl, bytes):
                raise TypeError('sequence item 0: expected a bytes-like object, %s found'
                                % type(repl).__name__)
            if b'\\' not in repl:
                return [repl]
        else:
            if not isinstance(repl, str):
                # CPython's wording (it tries to decode the template)
                raise TypeError('decoding to str: need a bytes-like object, %s found'
                                % type(repl).__name__)
            if '\\' not in repl:
                return [repl]
        return _parser.parse_template(repl, self.groups, self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._bytes and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._bytes == other._bytes
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (compile, (self.pattern, self.flags))

    __class_getitem__ = classmethod(_class_getitem)


def _finditer(pattern, string, subject, pos, endpos):
    code = pattern._code
    mode = _SEARCH
    at = pos
    while True:
        m = _pmatch(code, subject, at, endpos, mode, pattern, string, pos)
        if m is None:
            return
        yield m
        s, e = m.span()
        if e > s:
            at = e
            mode = _SEARCH
        else:
            at = s if s > e else e
            mode = _NOTEMPTY_ATSTART


Match = _pcre.Match


def _expand(match, template):
    """Match.expand: template with group references filled in from match."""
    items = match.re._template(template)
    out = []
    for item in items:
        if type(item) is int:
            v = match.group(item)
            if v is not None:
                out.append(v)
        else:
            out.append(item)
    return match.group(0)[:0].join(out)


# ---- compiling and the cache

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if type(flags) is not int:
        if isinstance(flags, RegexFlag):
            flags = flags._value_
        elif hasattr(type(flags), '__index__'):
            flags = flags.__index__()
        else:
            raise TypeError("unsupported operand type(s) for &: %r and 'RegexFlag'"
                            % type(flags).__name__)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, (bytearray, memoryview)):
        pattern = bytes(pattern)
    elif not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = _make_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest entry; other threads may be doing the same.
        try:
            del _cache[next(iter(_cache))]
        except (KeyError, StopIteration, RuntimeError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def _make_pattern(pattern, flags):
    source, final_flags, groups, groupindex, close = _parser.translate(pattern, flags)
    names = [None] * (groups + 1)
    for name, i in groupindex.items():
        names[i] = name
    code = _pcre.compile(source, final_flags, groupindex, tuple(names), tuple(close))
    if type(code) is tuple:
        msg, _ = code
        if 'lookbehind' in msg and 'not fixed length' in msg:
            raise error('look-behind requires fixed-width pattern')
        raise error(msg, pattern)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = final_flags
    p.groups = groups
    p._groupindex = groupindex
    p._code = code
    p._bytes = isinstance(pattern, bytes)
    p._templates = {}
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string; a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string; a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match; a Match or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return string with the leftmost non-overlapping matches replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return (new string, number of substitutions made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by the occurrences of pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


_SPECIAL_CHARS = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string (or bytes)."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_CHARS)
    return str(pattern, 'latin1').translate(_SPECIAL_CHARS).encode('latin1')
