"""Exact rational numbers: Fraction.

A Fraction is always stored normalized: gcd(numerator, denominator) == 1 and the
denominator is positive, so equality is a comparison of the two ints and the hash can be
computed the way CPython hashes every number (value modulo the Mersenne prime 2**61 - 1),
which makes hash(Fraction(1, 2)) == hash(0.5) == hash(Decimal('0.5')).

Arithmetic with int and Fraction is exact; with float or complex the Fraction is
converted and the result is a float or complex, as in CPython. Construction accepts ints,
Rationals, floats, strings ("3/4", " -1.5e3 ", "1_000") and, beyond CPython 3.11, any
object with as_integer_ratio() (this is how Decimal is accepted). Fraction.__format__
(added in 3.12) is deliberately missing; from_decimal exists only when a decimal module does.
"""

import math
import numbers
import operator

__all__ = ['Fraction']

# The parameters of CPython's numeric hash (sys.hash_info.modulus and .inf).
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159

try:
    from decimal import Decimal as _Decimal
except ImportError:
    _Decimal = None

_object_new = object.__new__
_gcd = math.gcd


def _is_digit_group(s):
    """True for `\\d+(_\\d+)*`: decimal digits with single underscores between them."""
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    return s.replace('_', '').isdecimal()


def _parse(text):
    """(numerator, denominator) for a Fraction literal, or None when it is not one."""
    s = text.strip()
    sign = 1
    if s[:1] in ('-', '+'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if not s or not (s[0].isdecimal() or (s[0] == '.' and s[1:2].isdecimal())):
        return None
    slash = s.find('/')
    if slash >= 0:
        num, den = s[:slash], s[slash + 1:]
        if not _is_digit_group(num) or not _is_digit_group(den):
            return None
        return sign * int(num.replace('_', '')), int(den.replace('_', ''))
    exp = None
    for i, c in enumerate(s):
        if c == 'e' or c == 'E':
            exp = s[i + 1:]
            s = s[:i]
            break
    point = s.find('.')
    if point >= 0:
        num, frac = s[:point], s[point + 1:]
    else:
        num, frac = s, ''
    if (num and not _is_digit_group(num)) or (frac and not _is_digit_group(frac)):
        return None
    numerator = int(num.replace('_', '')) if num else 0
    denominator = 1
    if frac:
        frac = frac.replace('_', '')
        denominator = 10 ** len(frac)
        numerator = numerator * denominator + int(frac)
    if exp is not None:
        digits = exp[1:] if exp[:1] in ('-', '+') else exp
        if not _is_digit_group(digits):
            return None
        e = int(exp.replace('_', ''))
        if e >= 0:
            numerator *= 10 ** e
        else:
            denominator *= 10 ** -e
    return sign * numerator, denominator


def _make(cls, numerator, denominator):
    """A cls instance from an already normalized pair, skipping __new__'s checks."""
    obj = _object_new(cls)
    obj._numerator = numerator
    obj._denominator = denominator
    return obj


def _normalized(numerator, denominator):
    """A Fraction from ints, reduced to lowest terms with a positive denominator."""
    if denominator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
    g = _gcd(numerator, denominator)
    if denominator < 0:
        g = -g
    obj = _object_new(Fraction)
    obj._numerator = numerator // g
    obj._denominator = denominator // g
    return obj


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, always in lowest terms.

    Fraction(7, -21) == Fraction(-1, 3); Fraction('3/4'), Fraction(' -1.5e3 '),
    Fraction(0.5) and Fraction(other_fraction) are also accepted.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = _object_new(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(type(numerator), 'as_integer_ratio'):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (ints are accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return _make(cls, *f.as_integer_ratio())

    if _Decimal is not None:
        @classmethod
        def from_decimal(cls, dec):
            """The exact value of the Decimal dec (ints are accepted too)."""
            if isinstance(dec, numbers.Integral):
                dec = _Decimal(int(dec))
            elif not isinstance(dec, _Decimal):
                raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                                % (cls.__name__, dec, type(dec).__name__))
            return _make(cls, *dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction convergents p1/q1 until the next denominator
        # would be too big; the answer is the last convergent or the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi_n, semi_d = p0 + k * p1, q0 + k * q1
        num, den = self._numerator, self._denominator
        # Compare |p1/q1 - self| with |semi - self| exactly, over common denominators.
        dist_conv = abs(p1 * den - num * q1) * semi_d
        dist_semi = abs(semi_n * den - num * semi_d) * q1
        if dist_conv <= dist_semi:
            return _make(Fraction, p1, q1)
        return _make(Fraction, semi_n, semi_d)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ------------------------------------------------------------ arithmetic
    # Each operator is built from an exact Fraction-by-Fraction version plus the
    # operator to use once the Fraction has been converted to float or complex.

    def _operator_fallbacks(monomorphic, fallback):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic(a, b)
            if isinstance(b, int):
                return monomorphic(a, _make(Fraction, b, 1))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return monomorphic(_make(Fraction, a, 1), b)
            if isinstance(a, numbers.Rational):
                return monomorphic(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        name = fallback.__name__
        forward.__name__ = '__' + name + '__'
        forward.__doc__ = monomorphic.__doc__
        reverse.__name__ = '__r' + name + '__'
        reverse.__doc__ = monomorphic.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        da, db = a._denominator, b._denominator
        if da == db:
            return _normalized(a._numerator + b._numerator, da)
        g = _gcd(da, db)
        if g == 1:
            return _make(Fraction, a._numerator * db + b._numerator * da, da * db)
        s = da // g
        t = a._numerator * (db // g) + b._numerator * s
        g2 = _gcd(t, g)
        if g2 == 1:
            return _make(Fraction, t, s * db)
        return _make(Fraction, t // g2, s * (db // g2))

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        da, db = a._denominator, b._denominator
        if da == db:
            return _normalized(a._numerator - b._numerator, da)
        g = _gcd(da, db)
        if g == 1:
            return _make(Fraction, a._numerator * db - b._numerator * da, da * db)
        s = da // g
        t = a._numerator * (db // g) - b._numerator * s
        g2 = _gcd(t, g)
        if g2 == 1:
            return _make(Fraction, t, s * db)
        return _make(Fraction, t // g2, s * (db // g2))

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = _gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = _gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return _make(Fraction, na * nb, db * da)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        # Cross-cancel first; the ZeroDivisionError message shows the cancelled
        # numerator, as CPython's does.
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = _gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = _gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _make(Fraction, n, d)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, _normalized(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        """a % b"""
        da, db = a._denominator, b._denominator
        return _normalized((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, else a float (or complex) power."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _make(Fraction, a._numerator ** power, a._denominator ** power)
                if a._numerator > 0:
                    return _make(Fraction, a._denominator ** -power, a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
                return _make(Fraction, (-a._denominator) ** -power,
                             (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: a Fraction (not a subclass instance)"""
        return _make(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _make(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _make(Fraction, abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a): rounds toward zero"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves go to the even neighbour."""
        if ndigits is None:
            d = self._denominator
            floor, rem = divmod(self._numerator, d)
            if rem * 2 < d:
                return floor
            if rem * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self), equal to the hash of any int, float or Decimal of the same value."""
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: no inverse.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return b == 0.0
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if type(other) is int:
            return op(self._numerator, self._denominator * other)
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _operator_fallbacks
