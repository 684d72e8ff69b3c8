# Fraction arithmetic with Fraction/int/float/complex operands, comparisons and rounding.
from fractions import Fraction as F
import math, numbers
a, b = F(1,3), F(2,7)
for x, y in [(a,b), (a,2), (2,a), (a, 0.5), (0.5, a), (a, 1j), (1j, a), (a, F(0,1))]:
    for op in ['+','-','*','/','//','%','**','<','<=','==','!=','>','>=','divmod']:
        try:
            r = divmod(x, y) if op == 'divmod' else eval('x %s y' % op)
            print(op, repr(r))
        except Exception as e:
            print(op, type(e).__name__, e)
print(math.floor(F(-7,2)), math.ceil(F(-7,2)), round(F(5,2)), round(F(7,2)), round(F(-5,2)), round(F(12345, 100), 1), round(F(12355, 1), -1), round(F(12345, 1), -1), int(F(-7,2)), math.trunc(F(-7,2)))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(100), F(3,4).limit_denominator(2), F(1,3).limit_denominator(1))
print(F(2,3)**-2, F(-2,3)**-3, F(4)**F(1,2), 2**F(3), 2**F(-1), 2**F(1,2), 2.0**F(2), F(1,2)**0.5)
print(F.from_float(0.25), F.from_float(3), F(1,2).as_integer_ratio(), F(3,4).numerator, F(3,4).denominator)
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(1j, numbers.Real), isinstance(True, numbers.Number), isinstance(1.0, numbers.Complex))
print(F(1,2) == 0.5, F(1,3) == 1/3, F(1,2) < float('inf'), F(1,2) == float('nan'), F(1,2) == 0.5+0j, bool(F(0)), sorted([F(1,2), 0.3, 1, F(-1,3)]))
print(F(10**30, 3) * F(3, 10**29), abs(F(-2,3)), -F(2,3), +F(2,3), F(1,3).real, F(1,3).imag, F(1,3).conjugate(), complex(F(1,4)))
print(sum([F(1,n) for n in range(1, 20)]))
print(round(F(-7, 2), 0), round(F(25, 100), 1), round(F(35, 100), 1), round(F(-1, 3), 3), round(F(1, 3), -1), round(F(150), -2), round(F(250), -2), type(round(F(5, 2))).__name__)
print(math.floor(F(7)), math.ceil(F(-1, 10**20)), int(F(10**20 + 1, 10)), F(7, 2) // F(1, 3), F(-7, 2) % F(1, 3), divmod(F(-7, 2), 2), 7 // F(2, 3), 7 % F(2, 3), divmod(7.5, F(1, 4)))
print(F(0) ** 0, F(-1, 2) ** 2, F(-1, 2) ** -1, F(2) ** F(-2), (-8) ** F(1, 3), F(9, 4) ** 0.5, 4 ** F(1, 2), F(1, 2) ** 1j)
print(F(1, 3) + True, F(1, 3) * False, 1.5 + F(1, 2), 3 - F(1, 2), 2 / F(4), F(1) / 3, F(3, 4) * 4, F(1, 3) + 1e300, type(F(1, 2) + 1).__name__, type(1 + F(1, 2)).__name__)
print(F(1, 2) < 1, 1 > F(1, 2), F(1, 2) <= 0.5, F(1, 2) >= F(2, 4), 0.75 > F(2, 3), F(-1, 2) < -0.49999, max(F(1, 3), 0.3, 0.34), min([F(5, 2), 2, 2.4]))
acc = F(0)
for k in range(1, 60):
    acc += F((-1) ** k, k * k)
print(acc.numerator % 10**12, acc.denominator % 10**12, float(acc))
