"""Information about the underlying platform, following CPython 3.11's platform module:
uname (with the processor field), system, node, release, version, machine, processor,
platform, architecture, libc_ver, python_version, python_version_tuple,
python_implementation, freedesktop_os_release, system_alias, and the mac_ver/win32_ver/
java_ver queries (which give their empty defaults here).

Differences from CPython, where it runs external programs or C calls taipan lacks:
processor() is '' (CPython asks `uname -p`, which says 'unknown' on most Linux systems,
also reported as ''); architecture() reads the ELF header instead of running `file`;
libc_ver() scans the executable for GLIBC_x.y symbol versions (CPython's fallback when
os.confstr is missing), so it reports the newest glibc the binary needs rather than the
installed one. python_implementation() is sys.implementation's name, spelled as CPython
spells the ones it knows ('CPython', 'PyPy', ...). python_build, python_compiler,
python_branch and python_revision are absent: taipan's sys.version carries no build
information.
"""

import collections
import os
import sys

__version__ = '1.0.8'

_IMPLEMENTATION_NAMES = {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
                         'jython': 'Jython'}


def _comparable_version(version):
    """A key ordering version strings like '2.17' < '2.34' < '2.34.1'."""
    result = []
    for part in version.split('.'):
        digits = ''.join(c for c in part if c.isdigit())
        result.append(int(digits) if digits else -1)
    return result


def _scan_versions(binary, marker):
    """Every dotted version that follows `marker` in the bytes `binary`."""
    found = []
    start = 0
    while True:
        i = binary.find(marker, start)
        if i < 0:
            return found
        j = i + len(marker)
        k = j
        while k < len(binary) and (48 <= binary[k] <= 57 or binary[k] == 46):
            k += 1
        if k > j:
            found.append(binary[j:k].decode('latin-1'))
        start = j


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the executable (default: the
    interpreter) is linked against; returns (lib, version), the given defaults when
    nothing is found."""
    if not executable:
        try:
            ver = os.confstr('CS_GNU_LIBC_VERSION')
            parts = ver.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
    if executable is None:
        executable = sys.executable
        if not executable:
            return lib, version
    with open(executable, 'rb') as f:
        binary = f.read()
    glibc = _scan_versions(binary, b'GLIBC_')
    if glibc:
        return 'glibc', max(glibc, key=_comparable_version)
    so_versions = _scan_versions(binary, b'libc.so.')
    if so_versions:
        return 'libc', max(so_versions, key=_comparable_version)
    if b'libc.so' in binary or b'__libc_init' in binary:
        return 'libc', version
    return lib, version


def _platform(*args):
    """A platform string from its parts: joined with '-', without characters that
    are awkward in file names, without 'unknown' parts."""
    platform = '-'.join(x.strip() for x in filter(len, args))
    for c in ' ':
        platform = platform.replace(c, '_')
    for c in '/\\:;"()':
        platform = platform.replace(c, '-')
    platform = platform.replace('unknown', '')
    while '--' in platform:
        platform = platform.replace('--', '-')
    while platform and platform[-1] == '-':
        platform = platform[:-1]
    return platform


def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


# The processor is stored as a sixth field (CPython computes it on demand outside the
# tuple), so tuple(), list() and unpacking see six items on every interpreter; repr,
# equality and hashing use the first five like CPython's.
_uname_base = collections.namedtuple("uname_result_base",
                                     "system node release version machine processor")


class uname_result(_uname_base):
    """A uname() result: (system, node, release, version, machine, processor)."""

    __slots__ = ()

    def __new__(cls, system, node, release, version, machine, processor=None):
        if processor is None:
            processor = _processor()
        return _uname_base.__new__(cls, system, node, release, version, machine,
                                   processor)

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(self)[:5])

    def __eq__(self, other):
        if isinstance(other, uname_result):
            return tuple(self)[:5] == tuple(other)[:5]
        if isinstance(other, tuple):
            return tuple(self)[:5] == other
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash(tuple(self)[:5])

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    @classmethod
    def _make(cls, iterable):
        values = list(iterable)[:5]
        if len(values) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return cls.__new__(cls, *values)


def _processor():
    # CPython runs `uname -p` on Linux; taipan cannot start programs here.
    return ''


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor) from os.uname(); an
    unknown field is ''."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        infos = tuple(os.uname())
    except AttributeError:
        infos = ('', '', '', '', '')
    system, node, release, version, machine = [_unknown_as_blank(v) for v in infos]
    if not any((system, node, release, version, machine)):
        system = sys.platform
    if system == 'Microsoft' and release == 'Windows':
        system = 'Windows'
        release = 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """The system/OS name, e.g. 'Linux', 'Darwin', 'Java', 'Windows'."""
    return uname().system


def node():
    """The computer's network name ('' if unknown)."""
    return uname().node


def release():
    """The system's release, e.g. '2.2.0' or 'NT' ('' if unknown)."""
    return uname().release


def version():
    """The system's release version, e.g. '#3 on degas' ('' if unknown)."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64' ('' if unknown)."""
    return uname().machine


def processor():
    """The (true) processor name ('' here: see the module docstring)."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: bits from its ELF class (else the pointer
    size of this interpreter), linkage 'ELF' for an ELF file."""
    if not bits:
        bits = '%dbit' % (64 if sys.maxsize > 2 ** 32 else 32)
    if not executable:
        return bits, linkage
    try:
        with open(executable, 'rb') as f:
            header = f.read(5)
    except OSError:
        return bits, linkage
    if header[:4] == b'\x7fELF':
        linkage = 'ELF'
        if header[4:5] == b'\x01':
            bits = '32bit'
        elif header[4:5] == b'\x02':
            bits = '64bit'
    return bits, linkage


def system_alias(system, release, version):
    """(system, release, version) with marketing names where they differ (SunOS 5 is
    Solaris 2, IRIX64 is IRIX)."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        parts = release.split('.')
        if parts:
            try:
                major = int(parts[0])
            except ValueError:
                pass
            else:
                parts[0] = str(major - 3)
                release = '.'.join(parts)
        if release < '6':
            system = 'Solaris'
        else:
            system = 'Solaris'
    elif system == 'IRIX64':
        system = 'IRIX'
        if version:
            version = version + ' (64bit)'
        else:
            version = '64bit'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


_platform_cache = {}


def platform(aliased=0, terse=0):
    """A single string identifying the platform, e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36'."""
    result = _platform_cache.get((aliased, terse), None)
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        libcname, libcversion = libc_ver()
        platform = _platform(system, release, machine, processor, 'with',
                             libcname + libcversion)
    elif terse:
        platform = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        platform = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[(aliased, terse)] = platform
    return platform


def python_implementation():
    """The Python implementation's name ('CPython', 'PyPy', ..., 'taipan')."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name)


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """The Python version as a tuple of strings (major, minor, patchlevel)."""
    return tuple(str(v) for v in sys.version_info[:3])


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS version information: the defaults anywhere else."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version information: the defaults anywhere else."""
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Jython version information: the defaults anywhere else."""
    return release, vendor, vminfo, osinfo


_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        line = line.rstrip('\n')
        name, eq, value = line.partition('=')
        if not eq or not name or not all(c.isascii() and (c.isalnum() or c == '_')
                                         for c in name):
            continue
        if len(value) >= 2 and value[0] in '"\'' and value[-1] == value[0]:
            value = value[1:-1]
        elif value[:1] in ('"', "'") or value[-1:] in ('"', "'"):
            # An unbalanced quote: CPython's pattern keeps it as part of the value.
            pass
        # Backslash escapes of \\ $ " ' ` are undone.
        out = []
        i = 0
        while i < len(value):
            c = value[i]
            if c == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                out.append(value[i + 1])
                i += 2
                continue
            out.append(c)
            i += 1
        info[name] = ''.join(out)
    return info


def freedesktop_os_release():
    """The operating system's identification from /etc/os-release as a dict; OSError
    when neither os-release file can be read."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, "Unable to read files %s"
                          % ", ".join(_os_release_candidates))
    return _os_release_cache.copy()
