"""Unix shell-style filename matching: `*` (anything), `?` (one character), `[seq]`
(one character in seq) and `[!seq]` (one character not in seq).

Patterns are matched by a small matcher here (taipan has no `re`); translate() still
returns the regular expression CPython would build, for code that wants one.
"""

import os
import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_STAR = 0
_ANY = 1
_SET = 2
_LIT = 3

_cache = {}
_CACHE_MAX = 256


def _parse_set(pat, i):
    """pat[i-1] is '['. Returns (end index after ']', negated, items) or None when
    there is no closing bracket; items are single characters or (lo, hi) ranges."""
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None
    stuff = pat[i:j]
    neg = False
    if stuff[:1] == '!':
        neg = True
        stuff = stuff[1:]
    items = []
    k = 0
    m = len(stuff)
    while k < m:
        if k + 2 < m and stuff[k + 1] == '-':
            lo, hi = stuff[k], stuff[k + 2]
            if lo <= hi:
                items.append((lo, hi))
            k += 3
        else:
            items.append(stuff[k])
            k += 1
    return j + 1, neg, items


def _compile(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR, None))
        elif c == '?':
            tokens.append((_ANY, None))
        elif c == '[':
            parsed = _parse_set(pat, i)
            if parsed is None:
                tokens.append((_LIT, '['))
            else:
                i, neg, items = parsed
                tokens.append((_SET, (neg, items)))
        else:
            tokens.append((_LIT, c))
    return tokens


def _one(tok, ch):
    kind, data = tok
    if kind == _LIT:
        return ch == data
    if kind == _ANY:
        return True
    neg, items = data
    for it in items:
        if it.__class__ is tuple:
            if it[0] <= ch <= it[1]:
                return not neg
        elif it == ch:
            return not neg
    return neg


def _match(tokens, name):
    # Greedy matching with backtracking to the last star only (enough for globs).
    ti = 0
    ni = 0
    nt = len(tokens)
    nn = len(name)
    star_t = -1
    star_n = 0
    while ni < nn:
        if ti < nt:
            tok = tokens[ti]
            if tok[0] == _STAR:
                star_t = ti
                star_n = ni
                ti += 1
                continue
            if _one(tok, name[ni]):
                ti += 1
                ni += 1
                continue
        if star_t < 0:
            return False
        star_n += 1
        ni = star_n
        ti = star_t + 1
    while ti < nt and tokens[ti][0] == _STAR:
        ti += 1
    return ti == nt


def _tokens(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if isinstance(pat, bytes):
            tokens = _compile(str(pat, 'latin-1'))
        else:
            tokens = _compile(pat)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[pat] = tokens
    return tokens


def fnmatchcase(name, pat):
    """Tests whether name matches pat, case-sensitively."""
    tokens = _tokens(pat)
    if isinstance(name, bytes):
        if not isinstance(pat, bytes):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        name = str(name, 'latin-1')
    elif isinstance(pat, bytes):
        raise TypeError('cannot use a bytes pattern on a string-like object')
    return _match(tokens, name)


def fnmatch(name, pat):
    """Tests whether name matches pat, after normalizing case where the system
    ignores it (not on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names in `names` that match pat."""
    pat = posixpath.normcase(pat)
    tokens = _tokens(pat)
    result = []
    for name in names:
        n = os.path.normcase(name)
        if _match(tokens, str(n, 'latin-1') if isinstance(n, bytes) else n):
            result.append(name)
    return result


# ---------------------------------------------------------------- translate

_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def _escape(c):
    return '\\' + c if c in _SPECIAL else c


def _set_char(c):
    return '\\' + c if c in '\\&~|-' else c


def _set_regex(neg, items):
    parts = []
    for it in items:
        if it.__class__ is tuple:
            parts.append(_set_char(it[0]) + '-' + _set_char(it[1]))
        else:
            parts.append(_set_char(it))
    stuff = ''.join(parts)
    if not stuff:
        return '.' if neg else '(?!)'
    if neg:
        return '[^' + stuff + ']'
    if stuff[0] in '^[':
        stuff = '\\' + stuff
    return '[' + stuff + ']'


def translate(pat):
    """The regular expression (as a str) matching what shell pattern pat matches."""
    pieces = []
    for kind, data in _compile(pat):
        if kind == _STAR:
            pieces.append(None)
        elif kind == _ANY:
            pieces.append('.')
        elif kind == _SET:
            pieces.append(_set_regex(*data))
        else:
            pieces.append(_escape(data))
    # Text before the first star is fixed; each literal run after a star is matched by
    # an atomic group so the regex never backtracks badly.
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not None:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        fixed = []
        while i < n and pieces[i] is not None:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*' + fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return fr'(?s:{"".join(out)})\Z'
