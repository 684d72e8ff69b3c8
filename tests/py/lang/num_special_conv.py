# Conversion and rounding dunders: __round__, __trunc__, __floor__, __ceil__, __complex__,
# __int__, __float__, __index__, __abs__, pow() with three arguments.
import math

class Fixed:
    """A fixed-point number with two decimals."""
    def __init__(self, hundredths):
        self.h = hundredths
    def __repr__(self):
        return f"Fixed({self.h / 100:.2f})"
    def __round__(self, ndigits=None):
        if ndigits is None:
            return (self.h + 50) // 100
        step = 10 ** (2 - ndigits)
        return Fixed((self.h + step // 2) // step * step)
    def __trunc__(self):
        return int(self.h / 100)
    def __floor__(self):
        return self.h // 100
    def __ceil__(self):
        return -(-self.h // 100)
    def __float__(self):
        return self.h / 100
    def __complex__(self):
        return complex(self.h / 100, 0)
    def __int__(self):
        return self.__trunc__()
    def __abs__(self):
        return Fixed(abs(self.h))
    def __neg__(self):
        return Fixed(-self.h)
    def __pos__(self):
        return self
    def __pow__(self, exp, mod=None):
        if mod is None:
            return ("pow2", exp)
        return ("pow3", exp, mod)
    def __rpow__(self, base):
        return ("rpow", base)

x = Fixed(-257)
print(round(x), round(x, 1), round(Fixed(1234), 0))
print(math.trunc(x), math.floor(x), math.ceil(x), int(x), float(x), complex(x))
print(abs(x), -x, +x)
print(x ** 2, pow(x, 3), pow(x, 3, 7), 2 ** x)
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), round(2.5), round(3.5), round(-0.5))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), type(round(2.5)).__name__)

# Missing hooks give the standard messages.
class Bare:
    pass
for f in (round, math.trunc, math.floor, math.ceil, int, float, complex, abs):
    try:
        f(Bare())
    except TypeError as e:
        print(f.__name__, "|", e)

# Conversions returning the wrong type are rejected.
class BadFloat:
    def __float__(self):
        return 1
class BadInt:
    def __int__(self):
        return "1"
class BadComplex:
    def __complex__(self):
        return 1.0
for f, v in ((float, BadFloat()), (int, BadInt()), (complex, BadComplex())):
    try:
        f(v)
    except TypeError as e:
        print(type(e).__name__, e)

# __index__ is a fallback for int(), float() and complex().
class Idx:
    def __index__(self):
        return 7
print(int(Idx()), float(Idx()), complex(Idx()))

# pow(): three-argument form on ints, negative exponents and modular inverse.
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(2, 0, 1))
for args in ((3, -1, 6), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
