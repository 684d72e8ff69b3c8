# os.path (posixpath) string operations: exact results for edge cases.
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep)

for a in [('a', 'b'), ('/a', 'b', '/c', 'd'), ('a/', 'b'), ('', 'x'), ('a', ''), ('a',),
          (b'a', b'b'), ('/', 'x'), ('a//', '/b/')]:
    print('join', a, repr(os.path.join(*a)))

for s in ['a//b/../c/.', '', '/', '//', '///', '//a/b', '../..', 'a/../..', '/../x', './',
          'a/./b/', '/a/b/../../..', '..//x', b'a//b/..', 'a/b/c/../../d', '.', '.././..']:
    print('normpath', repr(s), repr(os.path.normpath(s)))

for s in ['a/b', '/a', 'a/', '/', '//', 'a//b', '///a///b', '', 'abc', b'x/y', '//a//']:
    print('split', repr(s), os.path.split(s), repr(os.path.basename(s)),
          repr(os.path.dirname(s)))

for s in ['a.txt', '.bashrc', '..a', 'a/b.c/d', 'a.b.c', 'x/.hidden', 'x/..y.z', 'a.', '...',
          b'f.tar.gz', '/a/.b.c']:
    print('splitext', repr(s), os.path.splitext(s))

print(os.path.isabs('/x'), os.path.isabs('x'), os.path.isabs(b'/'), os.path.isabs(''))
print(os.path.splitdrive('/a/b'), os.path.normcase('A/b'))
print(repr(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/l'])),
      repr(os.path.commonprefix([])), repr(os.path.commonprefix(['abc'])))
print(os.path.commonpath(['/usr/lib', '/usr/local/x', '/usr/./lib']))
print(repr(os.path.commonpath(['a/b', 'a/c'])), repr(os.path.commonpath(['a', 'b'])),
      repr(os.path.commonpath(['/a'])))
for args in [[], ['/a', 'b']]:
    try:
        print(os.path.commonpath(args))
    except ValueError as e:
        print('ValueError', e)
print(os.path.relpath('/a/b/c', '/a/x'), os.path.relpath('/a', '/a'),
      os.path.relpath('/a/b', '/'), os.path.relpath('/', '/a/b'))
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError', e)
for bad in [(1,), ('a', 1), ('a', b'b'), (b'a', 'b')]:
    try:
        os.path.join(*bad)
    except TypeError as e:
        print('TypeError', e)
for f in [os.path.split, os.path.basename, os.path.normpath, os.path.splitext]:
    try:
        f(3)
    except TypeError as e:
        print('TypeError', e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.path.join(P('q'), P('r')), os.path.basename(P('/x/y')), os.path.splitext(P('a.b')))
os.environ['TAIPAN_TEST_VAR'] = 'val'
print(os.path.expandvars('$TAIPAN_TEST_VAR/${TAIPAN_TEST_VAR}/$NOPE_TAIPAN/${NOPE}/$/${x/'),
      os.path.expandvars(b'$TAIPAN_TEST_VAR/x'), os.path.expandvars('no dollars'))
os.environ['HOME'] = '/home/someone/'
print(os.path.expanduser('~/x'), os.path.expanduser('~'), os.path.expanduser('x~'),
      os.path.expanduser('~nonexistentuser_taipan/x'), os.path.expanduser(b'~/b'))
print(os.path.abspath('/a/../b'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
