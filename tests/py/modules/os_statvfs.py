# os.statvfs / os.fstatvfs (a 10-field struct sequence plus f_fsid), the ST_* flags,
# shutil.disk_usage built on them, and sys.hash_info / float_info / int_info.
import os
import shutil
import sys

st = os.statvfs('/')
print(type(st).__name__, type(st).__module__, len(st), isinstance(st, tuple))
fields = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
          'f_favail', 'f_flag', 'f_namemax')
print(all(isinstance(getattr(st, f), int) for f in fields), isinstance(st.f_fsid, int))
print(tuple(getattr(st, f) for f in fields) == tuple(st), st.f_namemax > 0)
print(repr(st).startswith('os.statvfs_result(f_bsize='), 'f_fsid' in repr(st))
fd = os.open('/', os.O_RDONLY)
try:
    st2 = os.fstatvfs(fd)
    st3 = os.statvfs(fd)
    print(st2.f_bsize == st.f_bsize == st3.f_bsize, st2.f_blocks == st.f_blocks)
finally:
    os.close(fd)
print(os.statvfs(b'/').f_frsize == st.f_frsize)
print(os.ST_RDONLY, os.ST_NOSUID, os.ST_NODEV, os.ST_NOEXEC, os.ST_RELATIME)
try:
    os.statvfs('/no/such/dir')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    os.statvfs(1.5)
except TypeError as e:
    print(type(e).__name__, e)
du = shutil.disk_usage('/')
print(du.total > 0, du.used + du.free <= du.total, du.total == st.f_blocks * st.f_frsize)

print(sys.hash_info)
print(sys.hash_info.modulus == 2 ** 61 - 1, hash(float('inf')) == sys.hash_info.inf,
      hash(1j) == sys.hash_info.imag, len(sys.hash_info))
print(sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(os.path.isabs(sys.executable))
