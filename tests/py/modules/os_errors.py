# OSError subclasses and messages from os functions.
import os

base = '/tmp/taipan_os_errors_%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
os.mkdir('d')
with open('d/f', 'w') as f:
    f.write('x')


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


cases = [
    (os.stat, ('nope',)), (os.lstat, (b'nope',)), (os.remove, ('nope',)), (os.rmdir, ('d',)),
    (os.rename, ('nope', 'x')), (os.replace, (P('n1'), P('n2'))), (os.listdir, ('nope',)),
    (os.chdir, ('nope',)), (os.rmdir, ('d/f',)), (os.remove, ('d',)),
    (os.open, ('nope', os.O_RDONLY)), (os.readlink, ('d',)), (os.stat, (1.5,)),
    (os.mkdir, (None,)), (os.listdir, (2.0,)), (os.stat, ('a\0b',)), (os.stat, (P('nope'),)),
    (os.stat, (P(3),)), (os.mkdir, ('d',)), (os.listdir, ('d/f',)), (os.symlink, ('d', 'd')),
    (os.fspath, (1,)), (os.fspath, (P(3),)), (os.fspath, (None,)), (os.close, (999,)),
    (os.read, (999, 1)), (os.write, (999, b'x')), (os.write, (1, 'str')),
    (os.urandom, (-1,)), (os.strerror, ('x',)),
]
for fn, args in cases:
    try:
        fn(*args)
        print('no error', fn.__name__)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e, repr(getattr(e, 'filename', None)),
              repr(getattr(e, 'filename2', None)), getattr(e, 'errno', None))
print(os.error is OSError, os.strerror(2), os.strerror(13))
os.remove('d/f')
os.rmdir('d')
os.chdir('/')
os.rmdir(base)
