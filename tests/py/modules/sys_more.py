# sys: encodings, the int/str digit limit, the switch interval and a few constants.
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.float_repr_style, type(sys.dont_write_bytecode).__name__)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 20000)))
for bad in (5, 640, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(4300)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
print(sys.int_info.default_max_str_digits, sys.flags.int_max_str_digits)
