# environ, fds, pipes, process information, records.
import os

print(os.name, os.sep, repr(os.altsep), os.extsep, os.pathsep, repr(os.linesep), os.curdir,
      os.pardir, os.devnull, os.defpath)
print('PATH' in os.environ, os.getenv('NOPE_TAIPAN'), os.getenv('NOPE_TAIPAN', 'd'),
      os.environ.get('NOPE_TAIPAN', 1))
os.environ['TAIPAN_X'] = 'v1'
print(os.environ['TAIPAN_X'], os.getenv('TAIPAN_X'), 'TAIPAN_X' in os.environ,
      'TAIPAN_X' in list(os.environ), 'TAIPAN_X' in os.environ.keys())
print(os.system('test "$TAIPAN_X" = v1'))
del os.environ['TAIPAN_X']
print('TAIPAN_X' in os.environ, os.system('test -z "$TAIPAN_X"'))
try:
    os.environ['NOPE_TAIPAN']
except KeyError as e:
    print(repr(e))
for k, v in [('x', 1), (1, 'x')]:
    try:
        os.environ[k] = v
    except TypeError as e:
        print('TypeError', e)
print(os.environ.setdefault('TAIPAN_Z', 'z'), os.environ.pop('TAIPAN_Z'),
      os.environ.pop('TAIPAN_Z', 'gone'))
os.environ.update({'TAIPAN_A': '1'}, TAIPAN_B='2')
print(os.environ['TAIPAN_A'], os.environ['TAIPAN_B'], type(dict(os.environ)).__name__,
      len(os.environ) == len(list(os.environ)), type(os.environ.copy()).__name__)
os.putenv('TAIPAN_P', 'p')
print(os.system('test "$TAIPAN_P" = p'), 'TAIPAN_P' in os.environ)
os.unsetenv('TAIPAN_P')
print(os.system('test -z "$TAIPAN_P"'))

print(os.system('exit 3') >> 8, os.system('true'), os.waitstatus_to_exitcode(os.system('exit 5')))
r, w = os.pipe()
print(os.write(w, b'piped'), os.write(w, bytearray(b'!')))
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
d = os.dup(1)
print(d > 2, os.get_inheritable(d))
os.close(d)
path = '/tmp/taipan_os_misc_%d' % os.getpid()
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'abc\x00def'))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2), os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
os.remove(path)

old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(len(os.urandom(16)), os.urandom(0), os.getpid() > 0, os.getppid() > 0,
      os.cpu_count() >= 1, os.getuid() >= 0, os.getgid() >= 0)
print(os.fsencode('a\udcffb'), os.fsdecode(b'a\xffb') == 'a\udcffb', os.fsencode(b'x'),
      os.fsdecode('y'))
st = os.stat_result(tuple(range(10)))
print(st, st.st_mtime, st.st_mode, st[3:5], st == tuple(range(10)))
try:
    os.stat_result((1, 2))
except TypeError as e:
    print(e)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(len(os.uname()), os.uname().sysname, len(os.times()))
