# Files and folders: mkdir/makedirs, listdir, scandir, walk, stat, rename, symlinks.
import os
import stat

base = '/tmp/taipan_os_files_%d' % os.getpid()
os.mkdir(base)
home = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.realpath('.') == os.path.realpath(base))
os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b/c')
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    os.mkdir('a')
except OSError as e:
    print(type(e).__name__, e, e.errno, e.filename)
with open('a/f1.txt', 'w') as f:
    f.write('hello')
with open('a/b/f2.txt', 'w') as f:
    f.write('x' * 100)
os.symlink('a/b', 'lnk')
print(sorted(os.listdir()), sorted(os.listdir('.')), sorted(os.listdir('a')),
      sorted(os.listdir(b'a')), sorted(os.listdir(base + '/a/b')))
for e in sorted(os.scandir('a'), key=lambda e: e.name):
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.stat().st_size if e.is_file() else '-', os.fspath(e))
with os.scandir() as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_symlink(),
              e.inode() == os.lstat(e.path).st_ino)
for t in os.walk('.'):
    print(t[0], sorted(t[1]), sorted(t[2]))
for t in os.walk('.', followlinks=True):
    print(t[0], sorted(t[1]), sorted(t[2]))
print([(r[len(base):], sorted(d), sorted(f)) for r, d, f in os.walk(base, topdown=False)])
errs = []
print(list(os.walk('nonexist', onerror=errs.append)), [type(e).__name__ for e in errs])
st = os.stat('a/f1.txt')
print(st.st_size, st[6], len(st), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st[0]),
      type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8],
      isinstance(st, tuple), type(st).__name__)
print(stat.S_ISLNK(os.lstat('lnk').st_mode), stat.S_ISDIR(os.stat('lnk').st_mode))
print(os.readlink('lnk'), os.readlink(b'lnk'), os.path.islink('lnk'), os.path.isdir('lnk'),
      os.path.realpath('lnk') == os.path.realpath(base + '/a/b'))
print(os.path.getsize('a/b/f2.txt'), os.path.exists('zz'), os.path.isfile('a/f1.txt'),
      os.path.isdir('a'), os.path.lexists('lnk'), os.path.samefile('a/b', 'lnk'))
os.rename('a/f1.txt', 'a/f3.txt')
os.replace('a/f3.txt', 'a/f4.txt')
print(sorted(os.listdir('a')))
os.chmod('a/f4.txt', 0o640)
print(oct(stat.S_IMODE(os.stat('a/f4.txt').st_mode)), stat.filemode(os.stat('a/f4.txt').st_mode))
print(os.access('a/f4.txt', os.R_OK), os.access('nope', os.F_OK))
os.utime('a/f4.txt', (1000000000, 1000000000.5))
st = os.stat('a/f4.txt')
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns, os.path.getmtime('a/f4.txt'))
os.utime('a/f4.txt', ns=(5, 2000000007))
st = os.stat('a/f4.txt')
print(st.st_atime_ns, st.st_mtime_ns)
os.remove('a/f4.txt')
os.unlink('a/b/f2.txt')
os.removedirs('a/b/c')
print(os.path.exists('a'), sorted(os.listdir('.')))
os.remove('lnk')
os.chdir(home)
os.rmdir(base)
print(os.path.exists(base))
