# Fraction construction, normalization, repr/str, hashing equal to int/float hashes,
# string parsing and the constructor's errors.
from fractions import Fraction as F
import math

vals = [F(3, 4), F(-7, 21), F(6, -4), F(" -1.5e3 "), F("3/4"), F("-10/4"), F("1_000"), F(".5"),
        F("1.e5"), F("  7/14 "), F("+2.25E-1"), F(0.1), F(-2.5), F(5), F(True), F(),
        F(F(1, 3), F(2, 5)), F(F(5, 2)), F(2**70, 3**40)]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, hash(v), float(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(-1, 1)), hash(F(1, 2**61 - 1)), hash(F(-1, 2**61 - 1)),
      hash(F(10**30)) == hash(10**30), hash(F(3, 8)) == hash(0.375))
print({F(1, 2): 'a', 0.5: 'b', F(2, 1): 'c', 2: 'd'}, len({F(1, 3), F(2, 6), F(3, 9)}))
print(F.from_float(0.25), F.from_float(3), F.from_float(-0.0), F(1, 2).as_integer_ratio(),
      F(-3, 4).as_integer_ratio(), F(10).as_integer_ratio())
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(100),
      F(3, 4).limit_denominator(2), F(1, 3).limit_denominator(1), F(-math.e).limit_denominator(50),
      F(3, 7).limit_denominator(), F(0.1).limit_denominator(), F(1, 6).limit_denominator(4),
      F(5, 8).limit_denominator(3))

for bad in ["abc", "1/", "/2", "1//2", "1 /2", "1/ 2", "1e", "e5", "", " ", "1__0", "_1", "1_",
            ".", "+", "-.5e-2", "1.5/2", "0x10", "1e+5", "1.5E-3", "3/-4", "inf", "nan", "1.2.3",
            "1_000/2_0", "00012/0003", "-0", " +.25 "]:
    try:
        print(repr(bad), repr(F(bad)))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)

for make in [lambda: F(1, 0), lambda: F(0, 0), lambda: F(-5, 0), lambda: F("1/0"),
             lambda: F(1.5, 2), lambda: F(1, 2.0), lambda: F([]), lambda: F(None),
             lambda: F(1j), lambda: F(float('nan')), lambda: F(float('inf')),
             lambda: F(float('-inf')), lambda: F.from_float(3j), lambda: F.from_float('1'),
             lambda: F(1).limit_denominator(0), lambda: F(F(1, 2), 0)]:
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__, e)

import copy
print(copy.copy(F(1, 3)), copy.deepcopy(F(2, 3)), F(1, 3).__reduce__())
class G(F):
    pass
g = G(1, 3)
print(repr(g), repr(+g), repr(g + 1), type(copy.copy(g)).__name__, isinstance(g, F))
