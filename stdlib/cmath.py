"""Mathematical functions for complex numbers (CPython 3.11's `cmath`), on top of math.

Finite arguments use the numerically careful formulas of Kahan ("Branch cuts for
complex elementary functions"), the same ones CPython documents, so results and branch
cuts agree with CPython's to the last bit or so. Infinite and NaN components follow
the C99 Annex G conventions only approximately (CPython uses full special-value tables).
"""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LARGE = 1.7976931348623157e308 / 4.0
_LOG_LARGE = 708.0
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_SQRT_LARGE = 1.3407807929942596e154 / 4.0
_DBL_MIN = 2.2250738585072014e-308


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    if hasattr(type(z), "__complex__"):
        return complex(z)
    if hasattr(type(z), "__float__") or hasattr(type(z), "__index__"):
        return complex(z)
    raise TypeError("must be real number, not %s" % type(z).__name__)


def _domain():
    raise ValueError("math domain error")


def _check(r, z):
    x, y = r.real, r.imag
    if (_m.isnan(x) or _m.isnan(y)) and _m.isfinite(z.real) and _m.isfinite(z.imag):
        _domain()
    if (_m.isinf(x) or _m.isinf(y)) and _m.isfinite(z.real) and _m.isfinite(z.imag):
        raise OverflowError("math range error")
    return r


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _m.isfinite(z.real) and _m.isfinite(z.imag):
        raise OverflowError("math range error")
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if _m.isfinite(r) and _m.isinf(phi):
        _domain()
    if r == 0 and not _m.isfinite(phi):
        return complex(0.0, 0.0)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(x, x)
        if x == inf:
            return complex(x, _m.copysign(0.0, y) if not _m.isnan(y) else y)
        if x == -inf:
            return complex(abs(y - y), _m.copysign(inf, y))
        return complex(nan, nan)
    if x == 0 and y == 0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # scale subnormals up to keep precision
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and x < 0 and not _m.isfinite(y):
            return complex(0.0, 0.0)
        if _m.isinf(x) and x > 0 and y == 0:
            return complex(x, y)
        if _m.isinf(x) and _m.isfinite(y):
            if x > 0:
                return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)) if y else y)
            return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
        if _m.isinf(y) and _m.isfinite(x):
            _domain()
        return complex(nan, nan)
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        r = complex(l * _m.cos(y) * e, l * _m.sin(y) * e)
    else:
        l = _m.exp(x)
        r = complex(l * _m.cos(y), l * _m.sin(y))
    return _check(r, z)


def _log(z):
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isnan(x) or _m.isnan(y):
            if _m.isinf(x) or _m.isinf(y):
                return complex(inf, nan)
            return complex(nan, nan)
        return complex(inf, _m.atan2(y, x))
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0 or ay > 0:
            real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            _domain()
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = max(ax, ay)
            an = min(ax, ay)
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(z, base=None):
    z = _c(z)
    r = _log(z)
    if base is not None:
        b = _log(_c(base))
        try:
            r = r / b
        except ZeroDivisionError:
            raise ZeroDivisionError("complex division by zero") from None
    return r


def log10(z):
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(xm1) * e, _m.sin(y) * _m.cosh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    return _check(r, z)


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(xm1) * e, _m.sin(y) * _m.sinh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    return _check(r, z)


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def asinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        if y >= 0:
            real = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            real = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        real = _m.atan2(abs(y), x)
        if x < 0:
            imag = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            imag = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(real, imag)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x < 0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < 1.4916681462400413e-154:
        if ay == 0:
            _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atan(z):
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)
