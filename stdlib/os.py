"""Operating system interfaces: taipan's `os`, built on the native `posix` module.

posix does the system calls (and drops the thread's hold on the collector while they
block); this module adds the Python-level records (stat_result, DirEntry, environ) and
the functions CPython writes in Python (walk, makedirs, fsencode, ...). Only POSIX is
supported, so os.path is posixpath.
"""

import sys
import posix as _posix
from posix import *  # noqa: F401,F403  (the system calls, constants, error)
from posix import _exit  # noqa: F401
from types import GenericAlias

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()
supports_bytes_environ = False

import posixpath as path  # noqa: E402  (posixpath imports this partly made module)
sys.modules['os.path'] = path


# ---------------------------------------------------------------- records

class _Record(tuple):
    """A struct-sequence-like tuple: the first n_sequence_fields items are the tuple,
    every field (including the extra ones) is an attribute."""

    _fields = ()
    n_sequence_fields = 0
    _qualname = ''

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = cls.n_sequence_fields
        if len(seq) < n:
            raise TypeError(f"{cls._qualname}() takes an at least {n}-sequence "
                            f"({len(seq)}-sequence given)")
        if len(seq) > len(cls._fields):
            raise TypeError(f"{cls._qualname}() takes an at most {len(cls._fields)}-sequence "
                            f"({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:n])
        self._all = seq
        return self

    def __repr__(self):
        parts = [f"{name}={value!r}" for name, value in zip(self._fields, self)]
        return f"{self._qualname}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self._all,))


def _record_field(i):
    def get(self):
        a = self._all
        return a[i] if i < len(a) else None
    return property(get)


def _make_record(qualname, fields, n_sequence):
    module, _, cls_name = qualname.rpartition('.')
    ns = {'_fields': tuple(fields), 'n_sequence_fields': n_sequence,
          'n_fields': len(fields), 'n_unnamed_fields': 0,
          '_qualname': qualname, '__module__': module}
    for i, field in enumerate(fields):
        ns[field] = _record_field(i)
    return type(cls_name, (_Record,), ns)


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                '_st_atime_int', '_st_mtime_int', '_st_ctime_int',
                'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
                'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')


class stat_result(_make_record('os.stat_result', _STAT_FIELDS, 10)):
    """The result of os.stat(): a 10-tuple whose fields are also attributes."""

    n_unnamed_fields = 3
    n_fields = 19

    def __repr__(self):
        names = _STAT_FIELDS[:7] + ('st_atime', 'st_mtime', 'st_ctime')
        parts = [f"{name}={value!r}" for name, value in zip(names, self)]
        return f"os.stat_result({', '.join(parts)})"

    # The float times fall back to the integer ones when built from a 10-tuple.
    @property
    def st_atime(self):
        a = self._all
        return a[10] if len(a) > 10 and a[10] is not None else a[7]

    @property
    def st_mtime(self):
        a = self._all
        return a[11] if len(a) > 11 and a[11] is not None else a[8]

    @property
    def st_ctime(self):
        a = self._all
        return a[12] if len(a) > 12 and a[12] is not None else a[9]


stat_result.__name__ = 'stat_result'
stat_result.__qualname__ = 'stat_result'
stat_result.__module__ = 'os'

terminal_size = _make_record('os.terminal_size', ('columns', 'lines'), 2)
times_result = _make_record('posix.times_result',
                            ('user', 'system', 'children_user', 'children_system', 'elapsed'), 5)
uname_result = _make_record('posix.uname_result',
                            ('sysname', 'nodename', 'release', 'version', 'machine'), 5)
statvfs_result = _make_record('os.statvfs_result',
                              ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail',
                               'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax',
                               'f_fsid'), 10)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.lstat(path, dir_fd=dir_fd))


def fstat(fd):
    return stat_result(_posix.fstat(fd))


def times():
    return times_result(_posix._times())


def statvfs(path):
    return statvfs_result(_posix._statvfs(path))


def fstatvfs(fd, /):
    return statvfs_result(_posix._fstatvfs(fd))


def uname():
    return uname_result(_posix._uname())


def get_terminal_size(fd=1):
    return terminal_size(_posix._terminal_size(fd))


# ---------------------------------------------------------------- paths

class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return any('__fspath__' in vars(k) for k in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base for objects with a file system path (__fspath__)."""

    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return any('__fspath__' in vars(k) for k in subclass.__mro__)
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


def fspath(path):
    """Returns the file system representation of path (str or bytes)."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f"expected {path_type.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(path_repr).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---------------------------------------------------------------- environment

def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _Environ:
    """os.environ: a mapping over the process environment; writes call putenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_env_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        items = ', '.join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in list(self._data):
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): dictionary is empty')

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


# ---------------------------------------------------------------- directories

class DirEntry:
    """One entry yielded by scandir(): its name, path and cached type and stat."""

    __slots__ = ('name', 'path', '_d_type', '_ino', '_stat', '_lstat')

    def __init__(self, name, path, d_type, ino):
        self.name = name
        self.path = path
        self._d_type = d_type
        self._ino = ino
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _test_mode(self, follow_symlinks, wanted_d_type, s_ifmt):
        d_type = self._d_type
        if d_type != _posix.DT_UNKNOWN and not (follow_symlinks and d_type == _posix.DT_LNK):
            return d_type == wanted_d_type
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == s_ifmt

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _posix.DT_DIR, 0o040000)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _posix.DT_REG, 0o100000)

    def is_symlink(self):
        if self._d_type != _posix.DT_UNKNOWN:
            return self._d_type == _posix.DT_LNK
        try:
            st = self.stat(follow_symlinks=False)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == 0o120000

    __class_getitem__ = classmethod(GenericAlias)


class _ScandirIterator:
    __slots__ = ('_entries', '_pos')

    def __init__(self, entries):
        self._entries = entries
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        entries = self._entries
        if entries is None or self._pos >= len(entries):
            self._entries = None
            raise StopIteration
        entry = entries[self._pos]
        self._pos += 1
        return entry

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a folder (default '.')."""
    raw = _posix._scandir(path)
    if path is None:
        top = '.'
    elif isinstance(path, int):
        top = None
    else:
        top = fspath(path)
    entries = []
    if top is None:
        for name, d_type, ino in raw:
            entries.append(DirEntry(name, name, d_type, ino))
    else:
        slash = b'/' if isinstance(top, bytes) else '/'
        prefix = top if top.endswith(slash) or not top else top + slash
        for name, d_type, ino in raw:
            entries.append(DirEntry(name, prefix + name, d_type, ino))
    return _ScandirIterator(entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every folder below it."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        scandir_it = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    with scandir_it:
        for entry in scandir_it:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir with every missing parent; exist_ok allows an existing folder."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ascii')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir name, then each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename, creating missing parents of new and pruning emptied parents of old."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass

