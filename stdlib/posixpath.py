"""Path name operations for POSIX: taipan's os.path.

Every function accepts str, bytes or os.PathLike and answers in the same kind (str or
bytes) as its arguments; string results match CPython's exactly (normpath keeps a
leading '//', splitext ignores leading dots, ...). Queries that touch the file system
(exists, isdir, ...) answer False instead of raising for missing or invalid paths.
"""

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
           'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser',
           'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

# After the constants: os imports this module while os itself is half made.
import os  # noqa: E402
import stat  # noqa: E402


def _seps(p):
    """(sep, curdir, pardir) in the kind of p."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or "
                            f"os.PathLike object, not {type(s).__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# ---------------------------------------------------------------- pure string operations

def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Joins path components; an absolute component discards everything before it."""
    a = os.fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + slash  # raises TypeError for a non-path `a`, as CPython does
        for b in map(os.fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is everything after the last slash; head keeps no trailing
    slashes unless it is all slashes."""
    p = os.fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext): ext starts at the last dot of the last component, unless that
    component is all leading dots up to there."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        for i in range(sep_index + 1, dot_index):
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    """The longest common leading string (character by character) of a list."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def normpath(path):
    """Collapses redundant slashes, '.' and 'a/..' without touching the file system."""
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    # POSIX gives exactly two leading slashes an implementation-defined meaning.
    leading = 0
    if path.startswith(slash):
        leading = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for comp in path.split(slash):
        if not comp or comp == dot:
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if leading:
                continue  # '/..' is '/'
        parts.append(comp)
    result = slash * leading + slash.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def relpath(path, start=None):
    """path relative to start (default: the current folder)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(slash) if x]
        path_parts = [x for x in abspath(path).split(slash) if x]
        common = len(commonprefix([start_parts, path_parts]))
        rel = [dotdot] * (len(start_parts) - common) + path_parts[common:]
        if not rel:
            return dot
        return join(*rel)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path (whole components) of a sequence of paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    slash, dot, _ = _seps(paths[0])
    try:
        split_paths = [p.split(slash) for p in paths]
        kinds = set(p[:1] == slash for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i in range(len(lo)):
            if lo[i] != hi[i]:
                common = lo[:i]
                break
        return (slash if absolute else slash[:0]) + slash.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


# ---------------------------------------------------------------- environment expansion

def expanduser(path):
    """Replaces a leading ~ or ~user with that user's home folder."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        tilde, slash = b'~', b'/'
    else:
        tilde, slash = '~', '/'
    if not path.startswith(tilde):
        return path
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']
        else:
            userhome = os._posix._home_dir(None)
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        userhome = os._posix._home_dir(name)
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    userhome = userhome.rstrip(slash)
    return (userhome + path[i:]) or slash


_VAR_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def expandvars(path):
    """Replaces $name and ${name} with environment variables; unknown ones stay."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if is_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while True:
        j = text.find('$', i)
        if j < 0:
            out.append(text[i:])
            break
        k = j + 1
        if k < n and text[k] == '{':
            close = text.find('}', k + 1)
            if close < 0:
                out.append(text[i:j + 1])
                i = j + 1
                continue
            name = text[k + 1:close]
            end = close + 1
        else:
            end = k
            while end < n and text[end] in _VAR_CHARS:
                end += 1
            if end == k:
                out.append(text[i:j + 1])
                i = j + 1
                continue
            name = text[k:end]
        if is_bytes:
            key = os.fsdecode(name.encode('latin-1'))
        else:
            key = name
        value = os.environ.get(key)
        out.append(text[i:j])
        if value is None:
            out.append(text[j:end])
        elif is_bytes:
            out.append(os.fsencode(value).decode('latin-1'))
        else:
            out.append(value)
        i = end
    result = ''.join(out)
    return result.encode('latin-1') if is_bytes else result


# ---------------------------------------------------------------- file system queries

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def ismount(path):
    """True if path is a mount point: its parent is on another device, or is itself."""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


# ---------------------------------------------------------------- symbolic links

def realpath(filename, *, strict=False):
    """The canonical path: every symbolic link resolved, then made absolute."""
    filename = os.fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Appends the components of `rest` to the already-resolved `path`, following
    links. `seen` maps a link to its resolution (None while being resolved, which
    marks a loop). Returns (path, ok); ok is False after a loop in non-strict mode."""
    slash, dot, dotdot = _seps(rest)
    if rest.startswith(slash):
        rest = rest[1:]
        path = slash
    while rest:
        name, _, rest = rest.partition(slash)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, last = split(path)
                if last == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = candidate
            continue
        if candidate in seen:
            resolved = seen[candidate]
            if resolved is not None:
                path = resolved
                continue
            if strict:
                os.stat(candidate)  # raises OSError(ELOOP)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True
