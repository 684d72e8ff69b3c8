# enum.bin and enum.show_flag_values, Flag's STRICT error message, glob.magic_check,
# tempfile.gettempdirb/gettempprefixb, getopt's public helpers.
import enum
import getopt
import glob
import os
import tempfile

for n in (0, 1, 5, 10, -1, -5, -8, 255, -256, 1 << 40):
    print(n, repr(enum.bin(n)), repr(enum.bin(n, 8)), repr(enum.bin(n, 2)))
print(enum.show_flag_values(0), enum.show_flag_values(13), enum.show_flag_values(1 << 70 | 3))


class Color(enum.Flag, boundary=enum.STRICT):
    RED = 1
    GREEN = 2
    BLUE = 8


for v in (7, 16, 20):
    try:
        Color(v)
    except ValueError as e:
        print(type(e).__name__, e)
print(len(Color.RED | Color.BLUE), len(Color(0)))

print(glob.magic_check.pattern, glob.magic_check_bytes.pattern)
print(glob.magic_check.split('a*b?c[d]'), glob.magic_check_bytes.sub(br'[\1]', b'x*y'))
try:
    glob.nothing_here
except AttributeError as e:
    print(type(e).__name__, e)

print(tempfile.gettempprefixb())
print(tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()), type(tempfile.gettempdirb()))

print(getopt.short_has_arg('a', 'ab:'), getopt.short_has_arg('b', 'ab:'))
print(getopt.long_has_args('ver', ['verbose', 'output=']))
print(getopt.long_has_args('output', ['verbose', 'output=']))
print(getopt.do_shorts([], 'ab', 'abc:', ['x']))
print(getopt.do_longs([], 'output=f', ['output='], ['rest']))
for f, args in ((getopt.short_has_arg, ('z', 'ab')), (getopt.long_has_args, ('v', ['verbose', 'version']))):
    try:
        f(*args)
    except getopt.GetoptError as e:
        print(type(e).__name__, e, e.opt)
