"""Issuing and filtering warnings, as CPython's `warnings` module (3.11).

The filter patterns (message and module) are regular expressions matched at the start
of the text; `re` is not available here, so a small matcher below handles the usual
subset: literals, `.`, `*`, `+`, `?`, `[...]`, escapes, `^`, `$` and `\\Z`.
"""

import sys
import linecache

_getframe = sys._getframe

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


# ---------------------------------------------------------------- a small regex matcher

class _Pattern:
    """A compiled pattern: a list of (kind, data, repeat) items; match() is anchored."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.ignorecase = ignorecase
        self.items = self._parse(pattern)

    def __repr__(self):
        if self.ignorecase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self.ignorecase == other.ignorecase)

    def __hash__(self):
        return hash((self.pattern, self.ignorecase))

    def _parse(self, p):
        items = []
        i = 0
        n = len(p)
        if p.startswith('^'):
            i = 1
        while i < n:
            c = p[i]
            if c == '\\' and i + 1 < n:
                d = p[i + 1]
                i += 2
                if d == 'Z':
                    items.append(('end', None, ''))
                    continue
                if d == 'd':
                    items.append(('set', (False, [('0', '9')]), ''))
                elif d == 'w':
                    items.append(('word', None, ''))
                elif d == 's':
                    items.append(('set', (False, [(' ', ' '), ('\t', '\r')]), ''))
                else:
                    items.append(('lit', d, ''))
            elif c == '.':
                items.append(('any', None, ''))
                i += 1
            elif c == '$' and i == n - 1:
                items.append(('end', None, '$'))
                i += 1
                continue
            elif c == '[':
                j = i + 1
                neg = False
                if j < n and p[j] == '^':
                    neg = True
                    j += 1
                ranges = []
                first = True
                while j < n and (p[j] != ']' or first):
                    first = False
                    a = p[j]
                    if a == '\\' and j + 1 < n:
                        j += 1
                        a = p[j]
                    if j + 2 < n and p[j + 1] == '-' and p[j + 2] != ']':
                        ranges.append((a, p[j + 2]))
                        j += 3
                    else:
                        ranges.append((a, a))
                        j += 1
                items.append(('set', (neg, ranges), ''))
                i = j + 1
            else:
                items.append(('lit', c, ''))
                i += 1
            if i < n and p[i] in '*+?':
                kind, data, _ = items[-1]
                items[-1] = (kind, data, p[i])
                i += 1
                if i < n and p[i] == '?':
                    i += 1
        return items

    def _one(self, item, ch):
        kind, data, _ = item
        if self.ignorecase:
            ch = ch.lower()
        if kind == 'lit':
            return ch == (data.lower() if self.ignorecase else data)
        if kind == 'any':
            return ch != '\n'
        if kind == 'word':
            return ch.isalnum() or ch == '_'
        if kind == 'set':
            neg, ranges = data
            hit = False
            for lo, hi in ranges:
                if self.ignorecase:
                    lo, hi = lo.lower(), hi.lower()
                if lo <= ch <= hi:
                    hit = True
                    break
            return hit != neg
        return False

    def _match(self, k, s, i):
        items = self.items
        if k == len(items):
            return True
        item = items[k]
        kind, _, rep = item
        if kind == 'end':
            if rep == '$':
                return i == len(s) or (i == len(s) - 1 and s[i] == '\n')
            return i == len(s)
        if rep == '':
            return i < len(s) and self._one(item, s[i]) and self._match(k + 1, s, i + 1)
        lo = 1 if rep == '+' else 0
        hi = 1 if rep == '?' else len(s) - i
        j = i
        while j - i < hi and j < len(s) and self._one(item, s[j]):
            j += 1
        while j - i >= lo:
            if self._match(k + 1, s, j):
                return True
            j -= 1
        return False

    def match(self, s):
        return self._match(0, s, 0)


def _compile(pattern, ignorecase):
    return _Pattern(pattern, ignorecase)


# ---------------------------------------------------------------- showing warnings

class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    if msg.line is None:
        try:
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Formats a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None,
                                              line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---------------------------------------------------------------- filters

filters = []
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Inserts an entry into the list of warnings filters (at the front by default)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, _compile(message, True) if message else None, category,
                _compile(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Inserts a filter that matches every message and module."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Clears the list of warning filters."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    pass


# ---------------------------------------------------------------- warn

def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning, or maybe ignores it or raises it as an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    try:
        frame = _getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = '<string>'
    registry = globals.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _matches(pattern, text):
    # A filter's pattern: None (anything), a compiled pattern, or a str (exact match,
    # as in the interpreter's default filters).
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s'
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# ---------------------------------------------------------------- catch_warnings

class catch_warnings:
    """Saves the warnings filters and showwarning on entry and restores them on exit.
    With record=True, __enter__ returns a list that collects each shown warning."""

    def __init__(self, *, record=False, module=None):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


# ---------------------------------------------------------------- defaults

_warnings_defaults = True
if not getattr(sys, 'warnoptions', None):
    filters.append(('default', None, DeprecationWarning, '__main__', 0))
    simplefilter('ignore', category=DeprecationWarning, append=True)
    simplefilter('ignore', category=PendingDeprecationWarning, append=True)
    simplefilter('ignore', category=ImportWarning, append=True)
    simplefilter('ignore', category=ResourceWarning, append=True)
