import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction
for v in [1, True, 1.5, 2j, Fraction(1, 3), 'x', None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in [int, bool, float, complex, Fraction, str]:
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(sorted(Integral.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(sorted(Complex.__abstractmethods__))
print(sorted(Rational.__abstractmethods__), sorted(Number.__abstractmethods__))
print(Number.__hash__, numbers.__all__)
try:
    Integral()
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
    def __add__(s, o): return MyInt(s.v + int(o))
    __radd__ = __add__
    def __neg__(s): return MyInt(-s.v)
    def __pos__(s): return s
    def __mul__(s, o): return MyInt(s.v * int(o))
    __rmul__ = __mul__
    def __truediv__(s, o): return s.v / int(o)
    def __rtruediv__(s, o): return int(o) / s.v
    def __pow__(s, e, m=None): return MyInt(pow(s.v, int(e), m))
    def __rpow__(s, b): return b ** s.v
    def __abs__(s): return MyInt(abs(s.v))
    def __eq__(s, o): return s.v == int(o)
    __hash__ = None
    def __lt__(s, o): return s.v < int(o)
    def __le__(s, o): return s.v <= int(o)
    def __trunc__(s): return s.v
    def __floor__(s): return s.v
    def __ceil__(s): return s.v
    def __round__(s, n=None): return s.v
    def __floordiv__(s, o): return MyInt(s.v // int(o))
    def __rfloordiv__(s, o): return MyInt(int(o) // s.v)
    def __mod__(s, o): return MyInt(s.v % int(o))
    def __rmod__(s, o): return MyInt(int(o) % s.v)
    def __lshift__(s, o): return MyInt(s.v << int(o))
    def __rlshift__(s, o): return MyInt(int(o) << s.v)
    def __rshift__(s, o): return MyInt(s.v >> int(o))
    def __rrshift__(s, o): return MyInt(int(o) >> s.v)
    def __and__(s, o): return MyInt(s.v & int(o))
    __rand__ = __and__
    def __xor__(s, o): return MyInt(s.v ^ int(o))
    __rxor__ = __xor__
    def __or__(s, o): return MyInt(s.v | int(o))
    __ror__ = __or__
    def __invert__(s): return MyInt(~s.v)
m = MyInt(7)
print(m, isinstance(m, Rational), float(m), complex(m), m.real, m.imag, m.conjugate(), m.numerator, m.denominator, m.__index__(), [10, 20, 30, 40, 50, 60, 70, 80][m], m - 2, 10 - m, divmod(m, 2), bool(m), bool(MyInt(0)))
print(Fraction(m), Fraction(m, 3), Fraction(1, 2) + m if False else 'skip', range(m))
class R(Real):
    pass
try:
    R()
except TypeError as e:
    print(e)
Real.register(type('Dummy', (), {}))
print(issubclass(numbers.Real, numbers.Complex), Complex.__bool__(3), Complex.__sub__(5, 2), Rational.__float__(Fraction(1, 3)), Integral.__float__(5))
