"""Source lines of Python files, read on demand and cached (used by traceback and
warnings). Files that cannot be read give no lines."""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines', 'updatecache']

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def lazycache(filename, module_globals):
    return False


def _read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.readlines()


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    candidates = [filename]
    if not os.path.isabs(filename):
        for d in sys.path:
            if isinstance(d, str) and d:
                candidates.append(os.path.join(d, filename))
    for path in candidates:
        try:
            st = os.stat(path)
            lines = _read(path)
        except (OSError, ValueError, UnicodeError):
            continue
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = (st.st_size, st.st_mtime, lines, path)
        return lines
    return []
