"""Object-oriented paths: PurePath/PurePosixPath (string manipulation only) and
Path/PosixPath (with file system access), as in CPython 3.11 on POSIX.

Deliberately missing: Windows flavours (PureWindowsPath exists only as a name that
raises, WindowsPath cannot be instantiated here), owner()/group().
"""

import fnmatch
import io
import os
import posixpath
import stat
import sys

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(parts):
    """Splits argument strings into (root, [components]) by POSIX rules: '.'
    components and empty ones vanish, '..' stays, '//' at the start is kept as root."""
    root = ""
    comps = []
    for a in parts:
        if isinstance(a, PurePath):
            a_root, a_comps = a._root, a._parts
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object "
                                "returning str, not %r" % type(a))
            if a.startswith("/"):
                a_root = "//" if a.startswith("//") and not a.startswith("///") else "/"
            else:
                a_root = ""
            a_comps = [c for c in a.split("/") if c and c != "."]
        if a_root:
            root = a_root
            comps = list(a_comps)
        else:
            comps.extend(a_comps)
    return root, comps


class PurePath:
    """A path as a value: joins with /, splits into parts, never touches the disk."""

    __slots__ = ("_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def _make_child(self, args):
        root, parts = _parse(args)
        if root:
            return self._from_parsed(root, parts)
        return self._from_parsed(self._root, self._parts + parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        s = self._str
        if s is None:
            s = self._root + "/".join(self._parts)
            if not s:
                s = "."
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"
        return "file://" + "".join(chr(b) if b in safe else "%%%02X" % b
                                   for b in os.fsencode(str(self)))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(str(self))
        return h

    def _cmp_check(self, other):
        return isinstance(other, PurePath)

    def __lt__(self, other):
        if not self._cmp_check(other):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other):
        if not self._cmp_check(other):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other):
        if not self._cmp_check(other):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other):
        if not self._cmp_check(other):
            return NotImplemented
        return self._sort_key() >= other._sort_key()

    def _sort_key(self):
        return ([self._root] if self._root else []) + self._parts

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        oroot, oparts = _parse(other)
        n = len(oparts)
        if oroot != self._root or self._parts[:n] != oparts:
            formatted = str(self._from_parsed(oroot, oparts))
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parsed("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + [self])
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        proot, pparts = _parse([path_pattern])
        if not pparts:
            raise ValueError("empty pattern")
        if proot:
            if proot != self._root or len(pparts) != len(self._parts):
                return False
        elif len(pparts) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pparts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class _PathParents:
    """The ancestors of a path, nearest first (a sequence)."""

    __slots__ = ("_path",)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._parts)

    def __getitem__(self, idx):
        n = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        p = self._path
        return p._from_parsed(p._root, p._parts[:n - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by taipan."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("taipan does not support Windows paths")


class Path(PurePath):
    """A PurePath that can access the file system (PosixPath here)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._parts + [name])

    def glob(self, pattern):
        """Existing paths below this one matching a relative glob pattern ('**' means
        this directory and every one below it)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        proot, pparts = _parse([pattern])
        if proot:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            pparts = pparts + [""]
        yield from self._glob(self, pparts)

    def rglob(self, pattern):
        """glob() with '**/' in front of the pattern."""
        proot, pparts = _parse([pattern])
        if proot:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(self, ["**"] + pparts)

    def _glob(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == "":
            if base.is_dir():
                yield base
            return
        if head == "**":
            seen = set()
            for d in self._walk_dirs(base):
                for p in self._glob(d, rest):
                    key = str(p)
                    if key not in seen:
                        seen.add(key)
                        yield p
            return
        if not any(c in head for c in "*?["):
            child = base._make_child_relpath(head)
            if rest:
                if child.is_dir():
                    yield from self._glob(child, rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            with os.scandir(base) as it:
                entries = list(it)
        except OSError:
            return
        for e in entries:
            if rest and not _is_dir_entry(e):
                continue
            if fnmatch.fnmatchcase(e.name, head):  # unlike glob.glob, '*' matches dot files
                child = base._make_child_relpath(e.name)
                if rest:
                    yield from self._glob(child, rest)
                else:
                    yield child

    def _walk_dirs(self, base):
        yield base
        try:
            with os.scandir(base) as it:
                entries = list(it)
        except OSError:
            return
        for e in entries:
            if e.is_dir(follow_symlinks=False):
                yield from self._walk_dirs(base._make_child_relpath(e.name))

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + [self])

    def resolve(self, strict=False):
        s = os.path.realpath(self)
        if strict:
            os.stat(s)
        return self.__class__(s)

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = bytes(memoryview(data))
        with self.open(mode="wb") as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self.__class__(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def exists(self):
        try:
            self.stat()
        except (FileNotFoundError, NotADirectoryError):
            return False
        except ValueError:
            return False
        return True

    def _mode_is(self, test, follow=True):
        try:
            return test(self.stat(follow_symlinks=follow).st_mode)
        except (FileNotFoundError, NotADirectoryError, ValueError):
            return False

    def is_dir(self):
        return self._mode_is(stat.S_ISDIR)

    def is_file(self):
        return self._mode_is(stat.S_ISREG)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def is_symlink(self):
        return self._mode_is(stat.S_ISLNK, follow=False)

    def is_block_device(self):
        return self._mode_is(stat.S_ISBLK)

    def is_char_device(self):
        return self._mode_is(stat.S_ISCHR)

    def is_fifo(self):
        return self._mode_is(stat.S_ISFIFO)

    def is_socket(self):
        return self._mode_is(stat.S_ISSOCK)

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._parts[1:])
        return self


def _is_dir_entry(e):
    try:
        return e.is_dir()
    except OSError:
        return False


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by taipan."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
