# A few sys attributes a program commonly checks.
import sys
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1, type(sys.maxsize).__name__)
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str), sys.stdin is not None)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.getrecursionlimit() > 0, isinstance(sys.argv, list), callable(sys.exit))
