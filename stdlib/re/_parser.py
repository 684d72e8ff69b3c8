"""Translation of Python's regular expression syntax into PCRE2's, for re.compile.

One pass over the pattern checks it the way CPython 3.11's parser does (same error
messages and positions) and writes an equivalent PCRE2 pattern. Differences handled
here rather than left to PCRE2:

- every capture group is emitted unnamed (`(?P<n>...)` becomes `(...)`, `(?P=n)` and
  `(?(n)...)` refer by number): Python names are any identifier, PCRE2's are not;
- VERBOSE is applied here (PCRE2's extended mode has other whitespace rules);
- ASCII for str patterns (UTF + UCP in PCRE2) is applied by writing \\d, \\w, \\s, \\b
  as explicit ASCII classes and assertions;
- `\\Z` is PCRE2's `\\z`, `{,n}` is `{0,n}`, escapes that PCRE2 reads differently (`\\v`,
  `\\x`, octal, `\\u`, `\\U`, `\\N{...}`) are written as code points.

Also parses replacement templates for sub() (parse_template).
"""

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

# Python flag bits (re.RegexFlag).
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

_FLAG_LETTERS = {'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
                 'x': VERBOSE, 'a': ASCII, 't': TEMPLATE, 'u': UNICODE}
_TYPE_FLAGS = ASCII | LOCALE | UNICODE
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SIMPLE_ESCAPES = {'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_CATEGORIES = 'dDsSwW'
_PCRE_META = set('\\^$.[]|()?*+{}-#&~')

# ASCII-only forms of the class escapes, for str patterns under ASCII.
_ASCII_CLASS = {
    'd': '0-9', 's': ' \\t\\n\\r\\f\\x{b}', 'w': 'a-zA-Z0-9_',
}
_ASCII_CLASS_NEG = {  # complements, usable inside a character class
    'd': '\\x{0}-/:-\\x{10ffff}',
    's': '\\x{0}-\\x{8}\\x{e}-\\x{1f}!-\\x{10ffff}',
    'w': '\\x{0}-/:-@\\[-\\^`\\{-\\x{10ffff}',
}
_ASCII_WORD_BOUNDARY = '(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))'
_ASCII_NOT_WORD_BOUNDARY = '(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))'


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (an index into the
    pattern or None), lineno and colno (derived from pos)."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _literal(cp, is_bytes):
    """PCRE2 text matching code point (or byte) cp literally."""
    if cp < 128:
        c = chr(cp)
        if c.isalnum() or c == '_':
            return c
        if 32 < cp < 127:
            return '\\' + c  # a backslash before punctuation is always literal in PCRE2
        return '\\x{%x}' % cp
    if is_bytes or 0xD800 <= cp <= 0xDFFF:
        return '\\x{%x}' % cp
    return chr(cp)


class _Group:
    __slots__ = ('kind', 'index', 'pos', 'verbose', 'ascii', 'ignorecase', 'branches',
                 'out_index')

    def __init__(self, kind, index, pos, state, out_index):
        self.out_index = out_index  # where the group's text starts in the output
        self.kind = kind          # 'capture', 'plain', 'cond'
        self.index = index        # group number for 'capture'
        self.pos = pos
        self.verbose, self.ascii, self.ignorecase = state
        self.branches = 1


class _Translator:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.is_bytes = not isinstance(pattern, str)
        self.src = pattern.decode('latin-1') if self.is_bytes else pattern
        self.n = len(self.src)
        self.flags = flags
        self.out = []
        self.groups = 0
        self.groupindex = {}
        self.open_groups = set()
        self.close_order = [0]     # close_order[g]: rank of group g's ')' in the pattern
        self.closed = 0
        self.stack = []
        self.grouprefpos = {}      # forward conditional references, checked at the end
        self.verbose = bool(flags & VERBOSE)
        self.ascii = bool(flags & ASCII) and not self.is_bytes
        self.ignorecase = bool(flags & IGNORECASE)

    def error(self, msg, pos):
        return error(msg, self.pattern, pos)

    # ---- the top level

    def run(self):
        src, n, out = self.src, self.n, self.out
        i = 0
        last = None          # None: nothing to repeat; 'atom'; 'at' (assertion); 'repeat'
        item_start = 0       # where the last item's text starts in out
        at_start = True      # global flags allowed here
        while i < n:
            c = src[i]
            if self.verbose:
                if c in _WHITESPACE:
                    i += 1
                    continue
                if c == '#':
                    j = src.find('\n', i)
                    i = n if j < 0 else j + 1
                    continue
            start = i
            if c in '*+?{':
                if c == '{':
                    q = self.parse_brace(i)
                    if q is None:
                        item_start = len(out)
                        out.append('\\{')
                        last = 'atom'
                        at_start = False
                        i += 1
                        continue
                    text, i = q
                else:
                    text, i = c, i + 1
                if last is None or last == 'at':
                    raise self.error('nothing to repeat', start)
                if last == 'repeat':
                    raise self.error('multiple repeat', start)
                if i < n and src[i] == '?':
                    text += '?'
                    i += 1
                elif i < n and src[i] == '+':
                    # Possessive: written as an atomic group, which PCRE2 10.42 handles
                    # right for captures inside (its X*+ can leave a stale capture).
                    out[item_start:] = ['(?>'] + out[item_start:] + [text, ')']
                    i += 1
                    last = 'repeat'
                    continue
                out.append(text)
                last = 'repeat'
                continue
            at_start_here = at_start
            at_start = False
            i += 1
            if c != ')' and c != '|':
                item_start = len(out)
            if c == '\\':
                i, last = self.parse_escape(start)
            elif c == '[':
                i = self.parse_class(start)
                last = 'atom'
            elif c == '(':
                if src.startswith('?#', i):
                    # A comment is no item: a quantifier after it repeats what came before.
                    j = src.find(')', i)
                    if j < 0:
                        raise self.error('missing ), unterminated comment', start)
                    i = j + 1
                    at_start = at_start_here
                    continue
                i, kind, keep = self.open_group(start, at_start_here)
                at_start = keep
                if kind is not None or not keep:
                    last = kind
            elif c == ')':
                if not self.stack:
                    raise self.error('unbalanced parenthesis', start)
                item_start = self.close_group()
                last = 'atom'
            elif c == '|':
                if self.stack and self.stack[-1].kind == 'cond':
                    g = self.stack[-1]
                    g.branches += 1
                    if g.branches > 2:
                        raise self.error('conditional backref with more than two branches', start)
                out.append('|')
                last = None
            elif c == '.':
                out.append('.')
                last = 'atom'
            elif c == '^' or c == '$':
                out.append(c)
                last = 'at'
            else:
                self.emit_literal(ord(c))
                last = 'atom'
        if self.stack:
            raise self.error('missing ), unterminated subpattern', self.stack[-1].pos)
        for g, pos in self.grouprefpos.items():
            if g >= self.groups + 1:
                raise self.error('invalid group reference %d' % g, pos)
        return ''.join(out)

    def emit_literal(self, cp):
        if self.ascii and self.ignorecase and cp >= 128:
            # ASCII|IGNORECASE folds ASCII letters only.
            self.out.append('(?-i:%s)' % _literal(cp, False))
        else:
            self.out.append(_literal(cp, self.is_bytes))

    def parse_brace(self, i):
        """A {m,n} quantifier at i: (text, next index), or None for a literal '{'."""
        src, n = self.src, self.n
        j = i + 1
        lo = hi = ''
        while j < n and src[j] in _DIGITS:
            j += 1
        lo = src[i + 1:j]
        if j < n and src[j] == ',':
            k = j + 1
            while k < n and src[k] in _DIGITS:
                k += 1
            hi = src[j + 1:k]
            comma = True
            j = k
        else:
            comma = False
            hi = lo
        if j >= n or src[j] != '}' or (not lo and not comma):
            return None
        lo_v = int(lo) if lo else 0
        if lo_v >= MAXREPEAT:
            raise OverflowError('the repetition number is too large')
        if hi:
            hi_v = int(hi)
            if hi_v >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if hi_v < lo_v:
                raise self.error('min repeat greater than max repeat', i + 1)
            text = '{%d,%d}' % (lo_v, hi_v) if comma else '{%d}' % lo_v
        else:
            text = '{%d,}' % lo_v
        return text, j + 1

    # ---- escapes

    def parse_escape(self, start):
        """An escape outside a class at start: (next index, kind of item)."""
        src, n, out = self.src, self.n, self.out
        i = start + 1
        if i >= n:
            raise self.error('bad escape (end of pattern)', start)
        c = src[i]
        i += 1
        if c in _CATEGORIES:
            lower = c.lower()
            if self.ascii:
                body = _ASCII_CLASS[lower]
                out.append('[%s%s]' % ('^' if c != lower else '', body))
            elif lower == 's' and not self.is_bytes:
                # Python's Unicode \s includes \x1c-\x1f (str.isspace); PCRE2's does not.
                out.append('[\\s\\x{1c}-\\x{1f}]' if c == 's' else '[^\\s\\x{1c}-\\x{1f}]')
            else:
                out.append('\\' + c)
            return i, 'atom'
        if c == 'A':
            out.append('\\A')
            return i, 'at'
        if c == 'Z':
            out.append('\\z')
            return i, 'at'
        if c == 'b' or c == 'B':
            if self.ascii:
                out.append(_ASCII_WORD_BOUNDARY if c == 'b' else _ASCII_NOT_WORD_BOUNDARY)
            else:
                out.append('\\' + c)
            return i, 'at'
        if c in _DIGITS:
            if c == '0':
                j = i
                while j < n and j < i + 2 and src[j] in _OCTDIGITS:
                    j += 1
                self.emit_literal(int(src[i - 1:j], 8))
                return j, 'atom'
            if i < n and src[i] in _DIGITS:
                if (c in _OCTDIGITS and src[i] in _OCTDIGITS and i + 1 < n
                        and src[i + 1] in _OCTDIGITS):
                    v = int(src[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise self.error('octal escape value \\%s outside of range 0-0o377'
                                         % src[i - 1:i + 2], start)
                    self.emit_literal(v)
                    return i + 2, 'atom'
                i += 1
            g = int(src[start + 1:i])
            if g > self.groups:
                raise self.error('invalid group reference %d' % g, start + 1)
            if g in self.open_groups:
                raise self.error('cannot refer to an open group', start)
            out.append('\\g{%d}' % g)
            return i, 'atom'
        cp, i = self.code_escape(start, c, i)
        self.emit_literal(cp)
        return i, 'atom'

    def code_escape(self, start, c, i):
        """Escapes naming one character, shared by classes and the top level: c is the
        character after the backslash, i the index after it. (code point, next index)."""
        src, n = self.src, self.n
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c], i
        if c == 'x':
            j = i
            while j < n and j < i + 2 and src[j] in _HEXDIGITS:
                j += 1
            if j - i != 2:
                raise self.error('incomplete escape %s' % src[start:j], start)
            return int(src[i:j], 16), j
        if (c == 'u' or c == 'U') and not self.is_bytes:
            width = 4 if c == 'u' else 8
            j = i
            while j < n and j < i + width and src[j] in _HEXDIGITS:
                j += 1
            if j - i != width:
                raise self.error('incomplete escape %s' % src[start:j], start)
            v = int(src[i:j], 16)
            if v > 0x10FFFF:
                raise self.error('bad escape %s' % src[start:j], start)
            return v, j
        if c == 'N' and not self.is_bytes:
            if i >= n or src[i] != '{':
                raise self.error('missing {', i)
            j = src.find('}', i + 1)
            if j == i + 1 or i + 1 >= n:
                raise self.error('missing character name', i + 1)
            if j < 0:
                raise self.error('missing }, unterminated name', i + 1)
            name = src[i + 1:j]
            try:
                ch = eval('"\\N{%s}"' % name) if '"' not in name and '\\' not in name else None
            except SyntaxError:
                ch = None
            if ch is None:
                raise self.error('undefined character name %r' % name, start)
            return ord(ch), j + 1
        if c in _ASCIILETTERS:
            raise self.error('bad escape %s' % src[start:i], start)
        return ord(c), i

    # ---- character classes

    def parse_class(self, start):
        src, n = self.src, self.n
        i = start + 1
        parts = ['[']
        if i < n and src[i] == '^':
            parts.append('^')
            i += 1
        first = True
        while True:
            if i >= n:
                raise self.error('unterminated character set', start)
            c = src[i]
            if c == ']' and not first:
                i += 1
                break
            first = False
            item_start = i
            lo, text, i = self.class_item(i)
            if i + 1 < n and src[i] == '-' and src[i + 1] != ']':
                hi, hi_text, j = self.class_item(i + 1)
                if lo is None or hi is None:
                    raise self.error('bad character range %s' % src[item_start:j], item_start)
                if hi < lo:
                    raise self.error('bad character range %s' % src[item_start:j], item_start)
                parts.append('%s-%s' % (self.class_char(lo), self.class_char(hi)))
                i = j
            else:
                parts.append(text)
        parts.append(']')
        self.out.append(''.join(parts))
        return i

    def class_char(self, cp):
        if cp < 128:
            c = chr(cp)
            if c.isalnum():
                return c
            if 32 < cp < 127:
                return '\\' + c
        elif not self.is_bytes and not 0xD800 <= cp <= 0xDFFF:
            return chr(cp)
        return '\\x{%x}' % cp

    def class_item(self, i):
        """One class member at i: (code point or None for a category, PCRE2 text, next)."""
        src, n = self.src, self.n
        c = src[i]
        if c != '\\':
            cp = ord(c)
            return cp, self.class_char(cp), i + 1
        if i + 1 >= n:
            raise self.error('unterminated character set', i)  # replaced by the caller's
        c = src[i + 1]
        j = i + 2
        if c in _CATEGORIES:
            lower = c.lower()
            if self.ascii:
                text = (_ASCII_CLASS_NEG if c != lower else _ASCII_CLASS)[lower]
            elif c == 's' and not self.is_bytes:
                text = '\\s\\x{1c}-\\x{1f}'
            else:
                text = '\\' + c
            return None, text, j
        if c in _OCTDIGITS:
            k = j
            while k < n and k < j + 2 and src[k] in _OCTDIGITS:
                k += 1
            v = int(src[i + 1:k], 8)
            if v > 0o377:
                raise self.error('octal escape value %s outside of range 0-0o377'
                                 % src[i:k], i)
            return v, self.class_char(v), k
        if c in _DIGITS:
            raise self.error('bad escape %s' % src[i:j], i)
        cp, j = self.code_escape(i, c, j)
        return cp, self.class_char(cp), j

    # ---- groups

    def state(self):
        return (self.verbose, self.ascii, self.ignorecase)

    def push(self, kind, index, pos):
        self.stack.append(_Group(kind, index, pos, self.state(), len(self.out)))

    def close_group(self):
        g = self.stack.pop()
        self.verbose, self.ascii, self.ignorecase = g.verbose, g.ascii, g.ignorecase
        if g.kind == 'capture':
            self.open_groups.discard(g.index)
            self.closed += 1
            self.close_order[g.index] = self.closed
        self.out.append(')')
        return g.out_index

    def new_group(self, name, pos):
        self.groups += 1
        gid = self.groups
        if gid >= MAXGROUPS:
            raise self.error('too many groups', pos)
        if name is not None:
            old = self.groupindex.get(name)
            if old is not None:
                raise self.error('redefinition of group name %r as group %d; was group %d'
                                 % (name, gid, old), pos)
            self.groupindex[name] = gid
        self.open_groups.add(gid)
        self.close_order.append(0)
        return gid

    def group_name(self, i, terminator):
        """Reads a group name starting at i up to terminator: (name, next index)."""
        src = self.src
        j = src.find(terminator, i)
        if j < 0:
            if i >= self.n:
                raise self.error('missing group name', i)
            raise self.error('missing %s, unterminated name' % terminator, i)
        name = src[i:j]
        if not name:
            raise self.error('missing group name', i)
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, i)
        return name, j + 1

    def open_group(self, start, at_start):
        """A '(' at start: (next index, kind of item, global flags still allowed)."""
        src, n, out = self.src, self.n, self.out
        i = start + 1
        if i >= n or src[i] != '?':
            gid = self.new_group(None, start)
            self.push('capture', gid, start)
            out.append('(')
            return i, None, False
        i += 1
        if i >= n:
            raise self.error('unexpected end of pattern', i)
        c = src[i]
        i += 1
        if c == ':':
            self.push('plain', 0, start)
            out.append('(?:')
            return i, None, False
        if c == '>':
            self.push('plain', 0, start)
            out.append('(?>')
            return i, None, False
        if c == '=' or c == '!':
            self.push('plain', 0, start)
            out.append('(?' + c)
            return i, None, False
        if c == '<':
            if i >= n:
                raise self.error('unexpected end of pattern', i)
            d = src[i]
            if d == '=' or d == '!':
                self.push('plain', 0, start)
                out.append('(?<' + d)
                return i + 1, None, False
            raise self.error('unknown extension ?<' + d, start + 1)
        if c == 'P':
            if i >= n:
                raise self.error('unexpected end of pattern', i)
            d = src[i]
            i += 1
            if d == '<':
                name, i = self.group_name(i, '>')
                gid = self.new_group(name, start + 4)
                self.push('capture', gid, start)
                out.append('(')
                return i, None, False
            if d == '=':
                name, j = self.group_name(i, ')')
                gid = self.groupindex.get(name)
                if gid is None:
                    raise self.error('unknown group name %r' % name, i)
                if gid in self.open_groups:
                    raise self.error('cannot refer to an open group', i)
                out.append('(?:\\g{%d})' % gid)
                return j, 'atom', False
            raise self.error('unknown extension ?P' + d, start + 1)
        if c == '(':
            j = src.find(')', i)
            if j < 0:
                raise self.error('missing ), unterminated name', i)
            name = src[i:j]
            if not name:
                raise self.error('missing group name', i)
            if name.isidentifier():
                gid = self.groupindex.get(name)
                if gid is None:
                    raise self.error('unknown group name %r' % name, i)
            else:
                if not name.isdecimal() or not name.isascii():
                    raise self.error('bad character in group name %r' % name, i)
                gid = int(name)
                if gid == 0:
                    raise self.error('bad group number', i)
                if gid >= MAXGROUPS:
                    raise self.error('invalid group reference %d' % gid, i)
                if gid > self.groups:
                    self.grouprefpos.setdefault(gid, i)
            self.push('cond', 0, start)
            out.append('(?(%d)' % gid)
            return j + 1, None, False
        if c in _FLAG_LETTERS or c == '-':
            return self.flag_group(start, i - 1, at_start)
        raise self.error('unknown extension ?' + c, start + 1)

    def flag_group(self, start, i, at_start):
        src, n = self.src, self.n
        add = 0
        while i < n and src[i] in _FLAG_LETTERS:
            add |= self.check_flag(src[i], add, i)
            i += 1
        if i >= n:
            raise self.error('missing -, : or )', i)
        c = src[i]
        if c == ')':
            if not at_start or self.stack:
                raise self.error('global flags not at the start of the expression', start)
            self.check_type_flags(add, i, True)
            self.flags |= add
            if add & VERBOSE:
                self.verbose = True
            if add & ASCII and not self.is_bytes:
                self.ascii = True
            if add & IGNORECASE:
                self.ignorecase = True
            return i + 1, None, True
        remove = 0
        if c == '-':
            i += 1
            if i >= n or src[i] not in _FLAG_LETTERS:
                raise self.error('missing flag', i)
            while i < n and src[i] in _FLAG_LETTERS:
                f = _FLAG_LETTERS[src[i]]
                if f & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                                     i + 1)
                remove |= f
                i += 1
            if i >= n:
                raise self.error('missing :', i)
            c = src[i]
        if c != ':':
            raise self.error('missing -, : or )' if not remove else 'missing :', i)
        if add & remove:
            raise self.error('bad inline flags: flag turned on and off', i)
        self.check_type_flags(add, i, False)
        self.push('plain', 0, start)
        on = ''.join(l for l, f in (('i', IGNORECASE), ('m', MULTILINE), ('s', DOTALL))
                     if add & f)
        off = ''.join(l for l, f in (('i', IGNORECASE), ('m', MULTILINE), ('s', DOTALL))
                      if remove & f)
        self.out.append('(?%s%s:' % (on, '-' + off if off else ''))
        if add & VERBOSE:
            self.verbose = True
        if remove & VERBOSE:
            self.verbose = False
        if add & ASCII and not self.is_bytes:
            self.ascii = True
        if add & UNICODE:
            self.ascii = False
        if add & IGNORECASE:
            self.ignorecase = True
        if remove & IGNORECASE:
            self.ignorecase = False
        return i + 1, None, False

    def check_flag(self, letter, so_far, i):
        f = _FLAG_LETTERS[letter]
        if f == TEMPLATE:
            raise self.error('unknown flag', i)
        return f

    def check_type_flags(self, add, i, is_global):
        if self.is_bytes:
            if add & UNICODE:
                raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern", i)
        elif add & LOCALE:
            raise self.error("bad inline flags: cannot use 'L' flag with a str pattern", i)
        t = add & _TYPE_FLAGS
        if t & (t - 1):
            raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i)


def translate(pattern, flags):
    """Checks a Python pattern; returns (PCRE2 source (same type as pattern), the final
    flags (inline global flags included), group count, groupindex dict, close order)."""
    t = _Translator(pattern, flags)
    source = t.run()
    flags = t.flags
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & LOCALE and flags & ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
        source = source.encode('latin-1')
    return source, flags, t.groups, t.groupindex, t.close_order


def parse_template(template, groups, groupindex):
    """Parses a sub() replacement. Returns a list whose items are literal strings (or
    bytes) and group numbers (ints), in order; adjacent literals are merged."""
    is_bytes = not isinstance(template, str)
    s = template.decode('latin-1') if is_bytes else template
    n = len(s)
    items = []
    lit = []
    i = 0

    def err(msg, pos):
        return error(msg, template, pos)

    def add_group(g):
        if lit:
            items.append(''.join(lit))
            lit.clear()
        items.append(g)

    while True:
        j = s.find('\\', i)
        if j < 0:
            lit.append(s[i:])
            break
        lit.append(s[i:j])
        i = j + 1
        if i >= n:
            raise err('bad escape (end of pattern)', j)
        c = s[i]
        i += 1
        if c == 'g':
            if i >= n or s[i] != '<':
                raise err('missing <', i)
            k = s.find('>', i + 1)
            if k < 0:
                if i + 1 >= n:
                    raise err('missing group name', i + 1)
                raise err('missing >, unterminated name', i + 1)
            name = s[i + 1:k]
            if not name:
                raise err('missing group name', i + 1)
            if name.isdecimal() and name.isascii():
                g = int(name)
                if g >= MAXGROUPS or g > groups:
                    raise err('invalid group reference %d' % g, i + 1)
            elif name.isidentifier() and not (is_bytes and not name.isascii()):
                g = groupindex.get(name)
                if g is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                raise err('bad character in group name %r' % name, i + 1)
            add_group(g)
            i = k + 1
        elif c == '0':
            k = i
            while k < n and k < i + 2 and s[k] in _OCTDIGITS:
                k += 1
            lit.append(chr(int(s[i - 1:k], 8)))
            i = k
        elif c in _DIGITS:
            if i < n and s[i] in _DIGITS:
                if (c in _OCTDIGITS and s[i] in _OCTDIGITS and i + 1 < n
                        and s[i + 1] in _OCTDIGITS):
                    v = int(s[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377'
                                  % s[i - 1:i + 2], j)
                    lit.append(chr(v))
                    i += 2
                    continue
                i += 1
            g = int(s[j + 1:i])
            if g > groups:
                raise err('invalid group reference %d' % g, j + 1)
            add_group(g)
        elif c in _SIMPLE_ESCAPES:
            lit.append(chr(_SIMPLE_ESCAPES[c]))
        elif c in _ASCIILETTERS:
            raise err('bad escape \\' + c, j)
        else:
            lit.append('\\' + c)
    if lit:
        items.append(''.join(lit))
    if is_bytes:
        items = [x.encode('latin-1') if isinstance(x, str) else x for x in items]
    return items
