"""Decimal fixed and floating point arithmetic (the General Decimal Arithmetic model, as
CPython's C decimal module presents it).

A finite Decimal is (sign, int coefficient, exponent). Every operation is computed
exactly and rounded once to the context (_fix: a two-test fast path, then _fix_status),
so + - * / // % sqrt quantize ... are correctly rounded and set the flags CPython sets.
exp, ln and log10 are correctly rounded, always ROUND_HALF_EVEN as in libmpdec: a
fixed-point approximation with an error bound is widened until both ends of the bound
round alike. Powers follow libmpdec case by case (integral exponents by binary
exponentiation at a working precision, others as exp(y * ln(x)) at prec + 23 digits),
so they agree with CPython even where that is not correctly rounded.

Signals: an operation gathers its conditions in a status word, then sets the flags; if
any is trapped it raises the first trapped signal with the list of trapped conditions,
as the C module does: InvalidOperation([<class 'decimal.ConversionSyntax'>]). Each
thread has its own current context (threading.local); HAVE_CONTEXTVAR is False.

Differences from CPython: the class is a Python class named Decimal, so TypeErrors from
operators say 'Decimal' where CPython says 'decimal.Decimal'; Decimal(s) for a recently
seen string or an int in 0..256 may return a shared (immutable) object; Context's
attributes are instance attributes (dir(Context) lacks prec, Emax ...); the 'n' format
type formats as in the C locale; libmpdec's memory errors and MallocError don't exist.
"""

import math as _math
import numbers as _numbers
import threading as _threading
from _thread import get_ident as _get_ident
from collections import namedtuple as _namedtuple

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
    "InvalidContext", "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext", "localcontext",
    "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = False

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Status bits an operation gathers before they become flags (libmpdec's model). The
# conditions of InvalidOperation have their own bits so a trap can name them.
_S_INVALID, _S_SYNTAX, _S_IMPOSSIBLE, _S_UNDEFINED, _S_CONTEXT = 1, 2, 4, 8, 16
_S_INVALID_ANY = 31
_S_FLOAT, _S_DIVZERO, _S_OVERFLOW, _S_UNDERFLOW = 32, 64, 128, 256
_S_SUBNORMAL, _S_INEXACT, _S_ROUNDED, _S_CLAMPED = 512, 1024, 2048, 4096

# In the C module's order: the first trapped one names the exception raised.
_SIGNAL_BITS = ((InvalidOperation, _S_INVALID_ANY), (FloatOperation, _S_FLOAT),
                (DivisionByZero, _S_DIVZERO), (Overflow, _S_OVERFLOW),
                (Underflow, _S_UNDERFLOW), (Subnormal, _S_SUBNORMAL), (Inexact, _S_INEXACT),
                (Rounded, _S_ROUNDED), (Clamped, _S_CLAMPED))
_CONDITION_BITS = ((InvalidOperation, _S_INVALID), (ConversionSyntax, _S_SYNTAX),
                   (DivisionImpossible, _S_IMPOSSIBLE), (DivisionUndefined, _S_UNDEFINED),
                   (InvalidContext, _S_CONTEXT))
_SIGNALS = [s for s, _ in _SIGNAL_BITS]
_STATUS_SIGNALS = {}  # status word -> ((signal, its bits), ...), filled on demand
_CONVERTED = {}  # recently converted strings and small ints -> Decimal
_SMALL_INTS = {}
# Context.__repr__ lists signals in the order of libmpdec's status bits.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------- contexts

_dict_set = dict.__setitem__
_dict_get = dict.__getitem__

_SIGNAL_KEY_ERROR = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, "
                     "DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                     "   Clamped]")


class _SignalDict(dict):
    """flags/traps: a dict of every signal to bool that rejects unknown keys."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(_SIGNAL_KEY_ERROR)
        dict.__setitem__(self, key, bool(value))
        ctx = self.__dict__.get("_ctx")
        if ctx is not None:
            object.__setattr__(ctx, "_known", 0)

    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except (KeyError, TypeError):
            raise KeyError(_SIGNAL_KEY_ERROR) from None

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, v)
                               for k, v in self.items()) + "}"


def _signal_dict(source, listed=True):
    """A signal dict from a complete dict of signals, or (listed) from the signals set."""
    d = _SignalDict((s, False) for s in _SIGNALS)
    if isinstance(source, dict):
        if len(source) != len(_SIGNALS) or any(k not in _SIGNALS for k in source):
            raise KeyError("invalid signal dict")
        for k, v in source.items():
            dict.__setitem__(d, k, bool(v))
    elif listed and isinstance(source, list):
        for sig in source:
            d[sig] = True
    else:
        raise TypeError("argument must be a signal dict")
    return d


_ROUNDING_ERROR = ("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                   "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                   "ROUND_HALF_EVEN,\n   ROUND_05UP]")


class Context:
    """Precision, rounding, exponent limits, flags and traps of arithmetic."""

    # _pmax (10**prec), _etop (Emax - prec + 1) and _fast_lo/_fast_hi serve the fast
    # path of Decimal._fix; they are kept in step by __setattr__.

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        # unspecified fields come from DefaultContext (flags included), as in CPython
        default = globals().get("DefaultContext")
        if default is not None:
            dc = (default.prec, default.rounding, default.Emin, default.Emax, default.capitals,
                  default.clamp, dict(default.traps))
            if flags is None:
                flags = dict(default.flags)
        else:
            dc = _DEFAULT_TEMPLATE
        set_ = object.__setattr__
        set_(self, "prec", dc[0])
        set_(self, "rounding", dc[1])
        set_(self, "Emin", dc[2])
        set_(self, "Emax", dc[3])
        set_(self, "capitals", dc[4])
        set_(self, "clamp", dc[5])
        self._limits()
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        set_(self, "_known", 0)
        set_(self, "flags", _signal_dict(flags if flags is not None else []))
        set_(self, "traps", _signal_dict(traps if traps is not None else dc[6]))
        self.flags._ctx = self.traps._ctx = self

    def _limits(self):
        set_ = object.__setattr__
        set_(self, "_pmax", 10 ** self.prec)
        set_(self, "_etop", self.Emax - self.prec + 1)

    def __setattr__(self, name, value):
        if name == "prec":
            self._check_int(value, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            self._check_int(value, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            self._check_int(value, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            self._check_int(value, 0, 1, "valid values for capitals are 0 or 1")
        elif name == "clamp":
            self._check_int(value, 0, 1, "valid values for clamp are 0 or 1")
        elif name == "rounding":
            if value not in _ROUNDINGS or not isinstance(value, str):
                raise TypeError(_ROUNDING_ERROR)
        elif name in ("flags", "traps"):
            value = _signal_dict(value, listed=False)
            value._ctx = self
            object.__setattr__(self, "_known", 0)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)
        if name == "prec" or name == "Emax":
            self._limits()

    @staticmethod
    def _check_int(value, lo, hi, message):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not lo <= value <= hi:
            raise ValueError(message)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (
                    self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                    ", ".join(s.__name__ for s in _REPR_ORDER if self.flags[s]),
                    ", ".join(s.__name__ for s in _REPR_ORDER if self.traps[s])))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)
        object.__setattr__(self, "_known", 0)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)
        object.__setattr__(self, "_known", 0)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _apply(self, status):
        """Sets the flags of the status bits; raises if any of them is trapped."""
        signals = _STATUS_SIGNALS.get(status)
        if signals is None:
            signals = _STATUS_SIGNALS[status] = tuple(
                (signal, status & mask) for signal, mask in _SIGNAL_BITS if status & mask)
        flags, traps = self.flags, self.traps
        trapped = 0
        for signal, bits in signals:
            _dict_set(flags, signal, True)
            if _dict_get(traps, signal):
                trapped |= bits
        if not trapped:
            # these bits need no work until a flag or trap changes (see _SignalDict)
            object.__setattr__(self, "_known", self._known | status)
            return
        if trapped:  # raise the first trapped signal, naming every trapped condition
            names = [c for c, bit in _CONDITION_BITS if trapped & bit]
            names += [s for s, bit in _SIGNAL_BITS[1:] if trapped & bit]
            for signal, mask in _SIGNAL_BITS:
                if trapped & mask:
                    raise signal(names)

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            # unlike Decimal(), no surrounding whitespace and no underscores
            parsed = _parse(num) if num == num.strip() and "_" not in num else None
            if parsed is None or parsed == "invalid" or (parsed[3] in ("n", "N") and
                                  parsed[1] and _ndigits(parsed[1]) > self.prec - self.clamp):
                self._apply(_S_SYNTAX)
                return _mk(0, 0, 0, "n")
            d = _mk(*parsed)
        elif isinstance(num, float):
            self._apply(_S_FLOAT)
            d = Decimal.from_float(num)
        else:
            d = Decimal(num)
        if d._special:
            if d._int and _ndigits(d._int) > self.prec - self.clamp:
                self._apply(_S_SYNTAX)
                return _mk(0, 0, 0, "n")
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _unary(self, a):
        if isinstance(a, Decimal):
            return a
        if isinstance(a, int):
            return Decimal(a)
        raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)

    def abs(self, a):
        return self._unary(a).__abs__(context=self)

    def add(self, a, b):
        return _binop(self, a, b, Decimal.__add__)

    def subtract(self, a, b):
        return _binop(self, a, b, Decimal.__sub__)

    def multiply(self, a, b):
        return _binop(self, a, b, Decimal.__mul__)

    def divide(self, a, b):
        return _binop(self, a, b, Decimal.__truediv__)

    def divide_int(self, a, b):
        return _binop(self, a, b, Decimal.__floordiv__)

    def remainder(self, a, b):
        return _binop(self, a, b, Decimal.__mod__)

    def divmod(self, a, b):
        return _binop(self, a, b, Decimal.__divmod__)

    def remainder_near(self, a, b):
        return _binop(self, a, b, Decimal.remainder_near)

    def power(self, a, b, modulo=None):
        a = self._unary(a)
        r = a.__pow__(b, modulo, context=self)
        if r is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(b).__name__)
        return r

    def compare(self, a, b):
        return _binop(self, a, b, Decimal.compare)

    def compare_signal(self, a, b):
        return _binop(self, a, b, Decimal.compare_signal)

    def compare_total(self, a, b):
        return self._unary(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._unary(a).compare_total_mag(b)

    def max(self, a, b):
        return _binop(self, a, b, Decimal.max)

    def min(self, a, b):
        return _binop(self, a, b, Decimal.min)

    def max_mag(self, a, b):
        return _binop(self, a, b, Decimal.max_mag)

    def min_mag(self, a, b):
        return _binop(self, a, b, Decimal.min_mag)

    def quantize(self, a, b):
        return _binop(self, a, b, Decimal.quantize)

    def same_quantum(self, a, b):
        return self._unary(a).same_quantum(b)

    def scaleb(self, a, b):
        return _binop(self, a, b, Decimal.scaleb)

    def fma(self, a, b, c):
        return self._unary(a).fma(b, c, context=self)

    def logical_and(self, a, b):
        return _binop(self, a, b, Decimal.logical_and)

    def logical_or(self, a, b):
        return _binop(self, a, b, Decimal.logical_or)

    def logical_xor(self, a, b):
        return _binop(self, a, b, Decimal.logical_xor)

    def rotate(self, a, b):
        return _binop(self, a, b, Decimal.rotate)

    def shift(self, a, b):
        return _binop(self, a, b, Decimal.shift)

    def next_toward(self, a, b):
        return _binop(self, a, b, Decimal.next_toward)

    def minus(self, a):
        return self._unary(a).__neg__(context=self)

    def plus(self, a):
        return self._unary(a).__pos__(context=self)

    def sqrt(self, a):
        return self._unary(a).sqrt(context=self)

    def exp(self, a):
        return self._unary(a).exp(context=self)

    def ln(self, a):
        return self._unary(a).ln(context=self)

    def log10(self, a):
        return self._unary(a).log10(context=self)

    def logb(self, a):
        return self._unary(a).logb(context=self)

    def logical_invert(self, a):
        return self._unary(a).logical_invert(context=self)

    def next_minus(self, a):
        return self._unary(a).next_minus(context=self)

    def next_plus(self, a):
        return self._unary(a).next_plus(context=self)

    def normalize(self, a):
        return self._unary(a).normalize(context=self)

    def number_class(self, a):
        return self._unary(a).number_class(context=self)

    def to_integral_value(self, a):
        return self._unary(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._unary(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return self._unary(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._unary(a).to_eng_string(context=self)

    def is_canonical(self, a):
        return self._unary(a).is_canonical()

    def is_finite(self, a):
        return self._unary(a).is_finite()

    def is_infinite(self, a):
        return self._unary(a).is_infinite()

    def is_nan(self, a):
        return self._unary(a).is_nan()

    def is_normal(self, a):
        return self._unary(a).is_normal(context=self)

    def is_qnan(self, a):
        return self._unary(a).is_qnan()

    def is_signed(self, a):
        return self._unary(a).is_signed()

    def is_snan(self, a):
        return self._unary(a).is_snan()

    def is_subnormal(self, a):
        return self._unary(a).is_subnormal(context=self)

    def is_zero(self, a):
        return self._unary(a).is_zero()

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def copy_abs(self, a):
        return self._unary(a).copy_abs()

    def copy_negate(self, a):
        return self._unary(a).copy_negate()

    def copy_sign(self, a, b):
        return self._unary(a).copy_sign(b)

    def copy_decimal(self, a):
        return self._unary(a)

    def radix(self):
        return Decimal(10)


def _binop(ctx, a, b, method):
    a = ctx._unary(a)
    r = method(a, b, context=ctx)
    if r is NotImplemented:
        raise TypeError("conversion from %s to Decimal is not supported" % type(b).__name__)
    return r


_DEFAULT_TEMPLATE = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                     [InvalidOperation, DivisionByZero, Overflow])

_local = _threading.local()
try:
    # Our threading.local keeps each thread's attributes in a dict keyed by thread ident
    # (dropped when the thread ends); reading it directly is several times faster than
    # the attribute protocol, and every arithmetic operation needs the context. With
    # another threading.local the dict stays empty and getcontext() does the work.
    _THREAD_DICTS = object.__getattribute__(_local, "_local__dicts")
    if not isinstance(_THREAD_DICTS, dict):
        _THREAD_DICTS = {}
except AttributeError:
    _THREAD_DICTS = {}


def getcontext():
    """The current thread's context (a copy of DefaultContext at first use)."""
    try:
        return _THREAD_DICTS[_get_ident()]["context"]
    except KeyError:
        pass
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _local.context = ctx
        return ctx


def setcontext(context):
    """Makes context the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager:
    __slots__ = ("new_context", "saved_context")

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A with-statement context manager that runs its block under a copy of ctx (the
    current context by default), with kwargs applied."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
                       "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _ContextManager(new)


# ---------------------------------------------------------------- helpers

_P10 = [10 ** i for i in range(300)]

def _ndigits(n):
    """Number of decimal digits of a non-negative int (1 for 0)."""
    if n < 10:
        return 1
    d = (n.bit_length() * 1233 >> 12) + 1  # within one of the answer
    if d < 299:
        if n >= _P10[d]:
            return d + 1
        return d - 1 if n < _P10[d - 1] else d
    p = 10 ** (d - 1)
    if n >= p * 10:
        return d + 1
    return d - 1 if n < p else d


def _round_up(rounding, sign, q, r, p):
    """Whether the quotient q (remainder r of divisor p, r > 0) rounds away from zero."""
    if rounding == ROUND_HALF_EVEN:
        r2 = 2 * r
        return r2 > p or (r2 == p and q & 1 == 1)
    if rounding == ROUND_HALF_UP:
        return 2 * r >= p
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_HALF_DOWN:
        return 2 * r > p
    return q % 5 == 0  # ROUND_05UP


def _round_coeff(sign, coeff, drop, rounding):
    """coeff with its last `drop` (> 0) digits removed under `rounding`; returns
    (new coefficient, whether anything nonzero was dropped)."""
    p = _P10[drop] if drop < 300 else 10 ** drop
    q, r = divmod(coeff, p)
    if r == 0:
        return q, False
    if _round_up(rounding, sign, q, r, p):
        q += 1
    return q, True


def _mk(sign, coeff, exp, special=""):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _nan():
    return _mk(0, 0, 0, "n")


def _fix_status(sign, coeff, exp, ctx, rounding=None):
    """(sign, coeff, exp) rounded to ctx as (Decimal, status bits), raising nothing."""
    prec = ctx.prec
    emax = ctx.Emax
    emin = ctx.Emin
    etiny = emin - prec + 1
    if coeff == 0:
        top = ctx._etop if ctx.clamp else emax
        if exp < etiny:
            return _mk(sign, 0, etiny), _S_CLAMPED
        if exp > top:
            return _mk(sign, 0, top), _S_CLAMPED
        return _mk(sign, 0, exp), 0
    nd = _ndigits(coeff)
    adj = exp + nd - 1
    if adj > emax:
        return _overflow(sign, ctx, rounding)
    status = 0
    if adj < emin:
        status = _S_SUBNORMAL
        min_exp = etiny
    else:
        min_exp = exp + nd - prec
    if exp < min_exp:
        drop = min_exp - exp
        if drop > nd + 1:
            # only a nonzero amount far below half an ulp is dropped
            coeff, drop = 1, 2
        new, inexact = _round_coeff(sign, coeff, drop, rounding or ctx.rounding)
        exp = min_exp
        if new == ctx._pmax:
            new //= 10
            exp += 1
            if exp > ctx._etop:
                return _overflow(sign, ctx, rounding)
        status |= _S_ROUNDED
        if inexact:
            status |= _S_INEXACT
            if status & _S_SUBNORMAL:
                status |= _S_UNDERFLOW
            if new == 0:
                status |= _S_CLAMPED
        coeff = new
    if ctx.clamp and exp > ctx._etop:
        coeff *= 10 ** (exp - ctx._etop)
        exp = ctx._etop
        status |= _S_CLAMPED
    return _mk(sign, coeff, exp), status


def _overflow(sign, ctx, rounding=None):
    r = rounding or ctx.rounding
    status = _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _mk(sign, 0, 0, "F"), status
    return _mk(sign, ctx._pmax - 1, ctx._etop), status


def _fix(sign, coeff, exp, ctx):
    """(sign, coeff, exp) rounded to ctx, signalling; the common case costs two tests."""
    if coeff < ctx._pmax and ctx.Emin <= exp <= ctx._etop:
        d = object.__new__(Decimal)
        d._sign = sign
        d._int = coeff
        d._exp = exp
        d._special = ""
        return d
    prec = ctx.prec
    if coeff >= ctx._pmax:
        drop = _ndigits(coeff) - prec
        e = exp + drop
        if ctx.Emin - prec < e < ctx._etop and drop < 300:
            # too many digits for a normal result: round them away
            p = _P10[drop]
            q, r = divmod(coeff, p)
            status = _S_ROUNDED
            if r:
                status = _S_ROUNDED | _S_INEXACT
                if _round_up(ctx.rounding, sign, q, r, p):
                    q += 1
                    if q == ctx._pmax:
                        q //= 10
                        e += 1
            d = object.__new__(Decimal)
            d._sign = sign
            d._int = q
            d._exp = e
            d._special = ""
            if status & ~ctx._known:
                ctx._apply(status)
            return d
    d, status = _fix_status(sign, coeff, exp, ctx)
    if status & ~ctx._known:
        ctx._apply(status)
    return d


_PyHASH_MODULUS = (1 << 61) - 1  # sys.hash_info.modulus on 64-bit builds
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)

_EXP_LIMIT = 10 ** 19  # exponents this large in a string are invalid (libmpdec's range)


_STR_LIMIT = 4000  # below CPython's int/str conversion limit (sys.get_int_max_str_digits)
_STR_LIMIT_INT = 10 ** _STR_LIMIT


def _int_of(digits):
    """int(digits) for a string of ASCII digits of any length."""
    if len(digits) <= _STR_LIMIT:
        return int(digits)
    k = len(digits) // 2
    return _int_of(digits[:-k]) * 10 ** k + _int_of(digits[-k:])


def _str_of(n):
    """str(n) for a non-negative int of any size."""
    if n < _STR_LIMIT_INT:
        return str(n)
    k = _ndigits(n) // 2
    hi, lo = divmod(n, 10 ** k)
    return _str_of(hi) + _str_of(lo).zfill(k)


def _to_ascii(s):
    """s with unicode digits as ASCII and unicode spaces as ' ', or '' if it holds any
    other non-ASCII character."""
    out = []
    for ch in s:
        if ch.isascii():
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
        elif ch.isdecimal():
            out.append(str(int(ch)))
        else:
            return ""
    return "".join(out)


def _parse(s):
    """(sign, coeff, exp, special) from a numeric string, None if malformed, or
    'invalid' for an exponent out of range. special: '' finite, 'F' infinity,
    'n' quiet NaN, 'N' signalling NaN."""
    if not s.isascii():
        s = _to_ascii(s)
    if "_" in s:
        s = s.replace("_", "")
    s = s.strip()
    sign = 0
    if s[:1] in ("-", "+"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    if s.isdigit():
        return sign, _int_of(s), 0, ""
    mant, dot, frac = s.partition(".")
    if dot and mant.isdigit() and frac.isdigit():
        return sign, _int_of(mant + frac), -len(frac), ""
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, 0, "F"
    if low.startswith("nan") or low.startswith("snan"):
        special = "n" if low[0] == "n" else "N"
        payload = low[3:] if special == "n" else low[4:]
        if payload and not payload.isdigit():
            return None
        return sign, _int_of(payload) if payload else 0, 0, special
    i = low.find("e")
    exp = 0
    if i >= 0:
        expo = low[i + 1:]
        body = expo[1:] if expo[:1] in ("+", "-") else expo
        if not body.isdigit():
            return None
        exp = int(expo)
        low = low[:i]
    mant, dot, frac = low.partition(".")
    if not (mant or frac) or (mant and not mant.isdigit()) or (frac and not frac.isdigit()):
        return None
    exp -= len(frac)
    if not -_EXP_LIMIT < exp < _EXP_LIMIT:
        return "invalid"
    return sign, _int_of(mant + frac), exp, ""


class _WorkContext:
    """The limits _fix_status reads, for internal working precisions (no validation)."""

    __slots__ = ("prec", "rounding", "Emin", "Emax", "clamp", "_pmax", "_etop")

    def __init__(self, prec, rounding, emin, emax, clamp=0):
        self.prec = prec
        self.rounding = rounding
        self.Emin = emin
        self.Emax = emax
        self.clamp = clamp
        self._pmax = 10 ** prec
        self._etop = emax - prec + 1


def _max_context(prec):
    return _WorkContext(prec, ROUND_HALF_EVEN, MIN_EMIN, MAX_EMAX)


def _nan_status(a, b, ctx):
    """(the NaN an operation on a (and b) returns, status), or None when neither is a
    NaN: signalling NaNs first, made quiet; payloads cut to prec - clamp digits."""
    if a._special == "N":
        x, status = a, _S_INVALID
    elif b is not None and b._special == "N":
        x, status = b, _S_INVALID
    elif a._special == "n":
        x, status = a, 0
    elif b is not None and b._special == "n":
        x, status = b, 0
    else:
        return None
    payload = x._int
    if payload:
        keep = ctx.prec - ctx.clamp
        if _ndigits(payload) > keep:
            payload = payload % 10 ** keep if keep > 0 else 0
    return _mk(x._sign, payload, 0, "n"), status


def _nan_result(a, b, ctx):
    r = _nan_status(a, b, ctx)
    if r is None:
        return None
    if r[1]:
        ctx._apply(r[1])
    return r[0]


def _invalid(ctx, status=_S_INVALID):
    ctx._apply(status)
    return _mk(0, 0, 0, "n")


def _conv(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        if other.__class__ is not int:
            other = int(other)
        return _mk(1, -other, 0) if other < 0 else _mk(0, other, 0)
    return NotImplemented


def _conv_strict(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        if other.__class__ is not int:
            other = int(other)
        return _mk(1, -other, 0) if other < 0 else _mk(0, other, 0)
    raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)


def _add_finite(s1, c1, e1, s2, c2, e2, ctx):
    """(sign, coeff, exp) of the exact sum, the smaller operand reduced to a sticky
    digit when it lies entirely below the rounding position."""
    if e1 != e2:
        if e1 < e2:
            s1, c1, e1, s2, c2, e2 = s2, c2, e2, s1, c1, e1
        # now e1 > e2
        if e1 - e2 > ctx.prec + 3:
            n1 = _ndigits(c1)
            limit = e1 + min(-1, n1 - ctx.prec - 2)
            if c2 == 0:
                if c1 and e2 < limit:
                    e2 = limit
            elif c1 and e2 + _ndigits(c2) - 1 < limit:
                c2, e2 = 1, limit
        c1 *= _P10[e1 - e2] if e1 - e2 < 300 else 10 ** (e1 - e2)
        e1 = e2
    if s1 == s2:
        return s1, c1 + c2, e1
    if c1 >= c2:
        c = c1 - c2
        if c == 0:
            return (1 if ctx.rounding == ROUND_FLOOR else 0), 0, e1
        return s1, c, e1
    return s2, c2 - c1, e1


def _div_finite(s1, c1, e1, s2, c2, e2, prec):
    """(sign, coeff, exp) of the quotient with at least prec + 1 digits (a sticky last
    digit when inexact) or exact and as close to the ideal exponent as possible."""
    sign = s1 ^ s2
    ideal = e1 - e2
    if c1 == 0:
        return sign, 0, ideal
    shift = _ndigits(c2) - _ndigits(c1) + prec + 1
    if shift >= 0:
        q, r = divmod(c1 * 10 ** shift, c2)
    else:
        q, r = divmod(c1, c2 * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return sign, q, exp


def _cmp_finite(a, b):
    """-1, 0, 1 comparing two finite Decimals."""
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0 or a._sign != b._sign:
        return -1 if a._sign else 1
    ea, eb = a._exp, b._exp
    if ea == eb:
        ca, cb = a._int, b._int
    else:
        adj_a = ea + _ndigits(a._int)
        adj_b = eb + _ndigits(b._int)
        if adj_a != adj_b:
            r = 1 if adj_a > adj_b else -1
            return -r if a._sign else r
        if ea > eb:
            ca, cb = a._int * 10 ** (ea - eb), b._int
        else:
            ca, cb = a._int, b._int * 10 ** (eb - ea)
    if ca == cb:
        return 0
    r = 1 if ca > cb else -1
    return -r if a._sign else r


def _cmp(a, b):
    """-1, 0, 1 for finite or infinite operands (no NaNs)."""
    if a._special or b._special:
        x = 0 if not a._special else (-1 if a._sign else 1)
        y = 0 if not b._special else (-1 if b._sign else 1)
        if x != y:
            return -1 if x < y else 1
        if x:
            return 0
        return _cmp_finite(a, b)
    return _cmp_finite(a, b)


def _total_cmp(a, b):
    """compare_total's order of a and b (NaNs included) as -1, 0, 1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {"": 0, "F": 1, "N": 2, "n": 3}
    ra, rb = rank[a._special], rank[b._special]
    if ra != rb:
        c = -1 if ra < rb else 1
    elif ra >= 2:
        c = (a._int > b._int) - (a._int < b._int)
    elif ra == 1:
        c = 0
    else:
        c = _cmp_finite(a.copy_abs(), b.copy_abs())
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


# ---------------------------------------------------------------- Decimal

class Decimal:
    """An immutable decimal number: Decimal('1.10'), Decimal(5), Decimal(0.5),
    Decimal((0, (1, 4), -1))."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        if cls is Decimal:
            # Decimals are immutable: recently converted strings and small ints share
            # one object (scripts build the same constants in loops)
            if value.__class__ is str or value.__class__ is int:
                d = _CONVERTED.get(value)
                if d is not None:
                    return d
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is not None and parsed != "invalid":
                self._sign, self._int, self._exp, self._special = parsed
                if cls is Decimal and value.__class__ is str and len(value) <= 40:
                    if len(_CONVERTED) >= 2048:
                        _CONVERTED.clear()
                        _CONVERTED.update(_SMALL_INTS)
                    _CONVERTED[value] = self
                return self
            if parsed is None or parsed == "invalid":
                ctx = context if context is not None else getcontext()
                ctx._apply(_S_SYNTAX if parsed is None else _S_INVALID)
                parsed = (0, 0, 0, "n")
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            if value.__class__ is not int:
                value = int(value)
            if value < 0:
                self._sign = 1
                self._int = -value
            else:
                self._sign = 0
                self._int = value
            self._exp = 0
            self._special = ""
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (
                value._sign, value._int, value._exp, value._special)
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._apply(_S_FLOAT)
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if not isinstance(sign, int) or sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if isinstance(exp, str):
                if exp not in ("F", "n", "N"):
                    raise ValueError("string argument in the third position must be "
                                     "'F', 'n' or 'N'")
            elif not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            if not isinstance(digits, (list, tuple)):
                raise ValueError("coefficient must be a tuple of digits")
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coeff = coeff * 10 + d
            if exp == "F":
                coeff, exp, special = 0, 0, "F"
            elif isinstance(exp, str):
                coeff, exp, special = coeff, 0, exp
            else:
                special = ""
            self._sign, self._int, self._exp, self._special = sign, coeff, exp, special
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            d = Decimal(f)
        elif not isinstance(f, float):
            raise TypeError("argument must be int or float")
        else:
            sign = 1 if _math.copysign(1.0, f) < 0 else 0
            if f != f:
                d = _mk(sign, 0, 0, "n")
            elif f in (_INF, -_INF):
                d = _mk(sign, 0, 0, "F")
            else:
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                d = _mk(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # -- classification
    def is_nan(self):
        return self._special == "n" or self._special == "N"

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special == ""

    def is_zero(self):
        return self._special == "" and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx.Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def number_class(self, context=None):
        s = self._special
        if s == "n":
            return "NaN"
        if s == "N":
            return "sNaN"
        sign = "-" if self._sign else "+"
        if s == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def _fix(self, ctx):
        """This number rounded to ctx, signalling (NaNs pass unchanged)."""
        if self._special:
            return self
        return _fix(self._sign, self._int, self._exp, ctx)

    # -- conversions
    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special:
            if self._special == "F":
                return sign + "Infinity"
            payload = _str_of(self._int) if self._int else ""
            return sign + ("NaN" if self._special == "n" else "sNaN") + payload
        digits = _str_of(self._int)
        exp = self._exp
        if exp == 0:
            return sign + digits
        leftdigits = exp + len(digits)
        if exp < 0 and leftdigits > -6:
            if leftdigits > 0:
                return sign + digits[:leftdigits] + "." + digits[leftdigits:]
            return sign + "0." + "0" * -leftdigits + digits
        if not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            return sign + intpart + fracpart
        ctx = context if context is not None else getcontext()
        return sign + intpart + fracpart + ("E" if ctx.capitals else "e") + \
            "%+d" % (leftdigits - dotplace)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __bool__(self):
        return self._special != "" or self._int != 0

    def _to_int(self, rounding):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        exp = self._exp
        if self._int == 0:
            return 0
        if exp >= 0:
            n = self._int * 10 ** exp
        elif -exp > _ndigits(self._int) + 1:
            n = 1 if _round_up(rounding, self._sign, 0, 1, 10) else 0
        else:
            n, _ = _round_coeff(self._sign, self._int, -exp, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    def __trunc__(self):
        return self._to_int(ROUND_DOWN)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_mk(0, 1, -n))

    def __float__(self):
        if self._special:
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._special == "n":
                return -_NAN if self._sign else _NAN
            return -_INF if self._sign else _INF
        if self._exp == 0 and self._int < 1 << 53:
            f = float(self._int)
            return -f if self._sign else f
        return float(self.__str__())

    def __complex__(self):
        return complex(float(self))

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        if self._special:
            digits = tuple(map(int, _str_of(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, tuple(map(int, _str_of(self._int))), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._int == 0:
            return 0, 1
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        exp = self._exp
        if exp == 0:
            h = self._int % _PyHASH_MODULUS
        elif exp > 0:
            h = self._int * pow(10, exp, _PyHASH_MODULUS) % _PyHASH_MODULUS
        else:
            h = self._int * pow(_PyHASH_10INV, -exp, _PyHASH_MODULUS) % _PyHASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    # -- comparisons
    def _rich(self, other, op):
        if not isinstance(other, Decimal):
            if isinstance(other, int):
                other = _conv(other)
            elif isinstance(other, float):
                ctx = getcontext()
                if op == "eq" or op == "ne":
                    dict.__setitem__(ctx.flags, FloatOperation, True)
                else:
                    ctx._apply(_S_FLOAT)
                other = Decimal.from_float(other)
            elif isinstance(other, complex) and (op == "eq" or op == "ne"):
                if other.imag:
                    return op == "ne"
                return self._rich(other.real, op)
            elif isinstance(other, _numbers.Rational):
                if self._special == "n" or self._special == "N":
                    if self._special == "N" or (op != "eq" and op != "ne"):
                        getcontext()._apply(_S_INVALID)
                    return op == "ne"
                if self._special == "F":
                    c = -1 if self._sign else 1
                else:
                    n, d = self.as_integer_ratio()
                    lhs, rhs = n * other.denominator, other.numerator * d
                    c = (lhs > rhs) - (lhs < rhs)
                return _CMP_OPS[op](c)
            else:
                return NotImplemented
        if self._special or other._special:
            if self._special in ("n", "N") or other._special in ("n", "N"):
                if op == "eq" or op == "ne":
                    if self._special == "N" or other._special == "N":
                        getcontext()._apply(_S_INVALID)
                    return op == "ne"
                getcontext()._apply(_S_INVALID)
                return False
            return _CMP_OPS[op](_cmp(self, other))
        return _CMP_OPS[op](_cmp_finite(self, other))

    def __eq__(self, other):
        if other.__class__ is Decimal and not (self._special or other._special):
            if self._exp == other._exp:
                return self._int == other._int and (self._sign == other._sign or self._int == 0)
            return _cmp_finite(self, other) == 0
        return self._rich(other, "eq")

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if other.__class__ is Decimal and not (self._special or other._special):
            return _cmp_finite(self, other) < 0
        return self._rich(other, "lt")

    def __le__(self, other):
        if other.__class__ is Decimal and not (self._special or other._special):
            return _cmp_finite(self, other) <= 0
        return self._rich(other, "le")

    def __gt__(self, other):
        if other.__class__ is Decimal and not (self._special or other._special):
            return _cmp_finite(self, other) > 0
        return self._rich(other, "gt")

    def __ge__(self, other):
        if other.__class__ is Decimal and not (self._special or other._special):
            return _cmp_finite(self, other) >= 0
        return self._rich(other, "ge")

    def compare(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return Decimal(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other)
        if self.is_nan() or other.is_nan():
            ctx._apply(_S_INVALID)
            return _nan_result(self, other, ctx)
        return Decimal(_cmp(self, other))

    def compare_total(self, other, context=None):
        return Decimal(_total_cmp(self, _conv_strict(other)))

    def compare_total_mag(self, other, context=None):
        return Decimal(_total_cmp(self.copy_abs(), _conv_strict(other).copy_abs()))

    def _minmax(self, other, ctx, want, mag):
        other = _conv_strict(other)
        if self.is_nan() or other.is_nan():
            if self._special == "N" or other._special == "N" or \
                    (self.is_nan() and other.is_nan()):
                return _nan_result(self, other, ctx)
            return (other if self.is_nan() else self)._fix(ctx)
        c = _cmp(self.copy_abs(), other.copy_abs()) if mag else 0
        if c == 0:
            c = _cmp(self, other)
            if c == 0:
                c = _total_cmp(self, other)
        return (self if c == want or c == 0 else other)._fix(ctx)

    def max(self, other, context=None):
        return self._minmax(other, context if context is not None else getcontext(), 1, False)

    def min(self, other, context=None):
        return self._minmax(other, context if context is not None else getcontext(), -1, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context if context is not None else getcontext(), 1, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context if context is not None else getcontext(), -1, True)

    # -- unary
    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return _mk(1 - self._sign, 0, 0, "F")
        sign = 1 - self._sign
        if self._int == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR and not self._sign else 0
        return _fix(sign, self._int, self._exp, ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return self
        sign = self._sign
        if self._int == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR and self._sign else 0
        return _fix(sign, self._int, self._exp, ctx)

    def __abs__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return _mk(0, 0, 0, "F")
        return _fix(0, self._int, self._exp, ctx)

    def copy_abs(self):
        return _mk(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _mk(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _conv_strict(other)
        return _mk(other._sign, self._int, self._exp, self._special)

    # -- arithmetic
    def __add__(self, other, context=None):
        if other.__class__ is not Decimal:
            other = _conv(other)
            if other is NotImplemented:
                return other
        if context is not None:
            ctx = context
        else:
            try:
                ctx = _THREAD_DICTS[_get_ident()]["context"]
            except KeyError:
                ctx = getcontext()
        if self._special or other._special:
            return _add_special(self, other, other._sign, ctx)
        e = self._exp
        diff = e - other._exp
        if -20 < diff < 20:
            c1, c2 = self._int, other._int
            if diff > 0:
                c1 *= _P10[diff]
                e = other._exp
            elif diff < 0:
                c2 *= _P10[-diff]
            if self._sign == other._sign:
                s, c = self._sign, c1 + c2
            else:
                c = c1 - c2
                if c > 0:
                    s = self._sign
                elif c < 0:
                    s, c = other._sign, -c
                else:
                    s = 1 if ctx.rounding == ROUND_FLOOR else 0
        else:
            s, c, e = _add_finite(self._sign, self._int, e,
                                  other._sign, other._int, other._exp, ctx)
            if c == 0 and self._sign and other._sign:
                s = 1
        if c < ctx._pmax and ctx.Emin <= e <= ctx._etop:
            d = object.__new__(Decimal)
            d._sign = s
            d._int = c
            d._exp = e
            d._special = ""
            return d
        return _fix(s, c, e, ctx)

    def __radd__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        if other.__class__ is not Decimal:
            other = _conv(other)
            if other is NotImplemented:
                return other
        if context is not None:
            ctx = context
        else:
            try:
                ctx = _THREAD_DICTS[_get_ident()]["context"]
            except KeyError:
                ctx = getcontext()
        if self._special or other._special:
            return _add_special(self, other, 1 - other._sign, ctx)
        s2 = 1 - other._sign
        e = self._exp
        diff = e - other._exp
        if -20 < diff < 20:
            c1, c2 = self._int, other._int
            if diff > 0:
                c1 *= _P10[diff]
                e = other._exp
            elif diff < 0:
                c2 *= _P10[-diff]
            if self._sign == s2:
                s, c = s2, c1 + c2
            else:
                c = c1 - c2
                if c > 0:
                    s = self._sign
                elif c < 0:
                    s, c = s2, -c
                else:
                    s = 1 if ctx.rounding == ROUND_FLOOR else 0
        else:
            s, c, e = _add_finite(self._sign, self._int, e, s2, other._int, other._exp, ctx)
            if c == 0 and self._sign and s2:
                s = 1
        if c < ctx._pmax and ctx.Emin <= e <= ctx._etop:
            d = object.__new__(Decimal)
            d._sign = s
            d._int = c
            d._exp = e
            d._special = ""
            return d
        return _fix(s, c, e, ctx)

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        if other.__class__ is not Decimal:
            other = _conv(other)
            if other is NotImplemented:
                return other
        if context is not None:
            ctx = context
        else:
            try:
                ctx = _THREAD_DICTS[_get_ident()]["context"]
            except KeyError:
                ctx = getcontext()
        if self._special or other._special:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
            sign = self._sign ^ other._sign
            if (self._special == "" and self._int == 0) or \
                    (other._special == "" and other._int == 0):
                return _invalid(ctx)
            return _mk(sign, 0, 0, "F")
        c = self._int * other._int
        e = self._exp + other._exp
        if c < ctx._pmax and ctx.Emin <= e <= ctx._etop:
            d = object.__new__(Decimal)
            d._sign = self._sign ^ other._sign
            d._int = c
            d._exp = e
            d._special = ""
            return d
        return _fix(self._sign ^ other._sign, c, e, ctx)

    def __rmul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        if other.__class__ is not Decimal:
            other = _conv(other)
            if other is NotImplemented:
                return other
        if context is not None:
            ctx = context
        else:
            try:
                ctx = _THREAD_DICTS[_get_ident()]["context"]
            except KeyError:
                ctx = getcontext()
        if self._special or other._special:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
            sign = self._sign ^ other._sign
            if self._special == "F":
                if other._special == "F":
                    return _invalid(ctx)
                return _mk(sign, 0, 0, "F")
            ctx._apply(_S_CLAMPED)
            return _mk(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return _invalid(ctx, _S_UNDEFINED)
            ctx._apply(_S_DIVZERO)
            return _mk(self._sign ^ other._sign, 0, 0, "F")
        c1, c2 = self._int, other._int
        prec = ctx.prec
        if c1:
            shift = _ndigits(c2) - _ndigits(c1) + prec + 1
            if 0 <= shift < 299:
                q, r = divmod(c1 * _P10[shift], c2)
                if r:
                    # inexact: q has prec + 1 or prec + 2 digits; when the result is a
                    # normal number, round them away here (r > 0 is a sticky bit)
                    extra = 1 if q < ctx._pmax * 10 else 2
                    exp = self._exp - other._exp - shift + extra
                    if exp >= ctx.Emin - prec + 1:
                        p = 10 if extra == 1 else 100
                        q, r2 = divmod(q, p)
                        sign = self._sign ^ other._sign
                        if _round_up(ctx.rounding, sign, q, 2 * r2 + 1, 2 * p):
                            q += 1
                            if q == ctx._pmax:
                                q //= 10
                                exp += 1
                        if exp <= ctx._etop:
                            d = object.__new__(Decimal)
                            d._sign = sign
                            d._int = q
                            d._exp = exp
                            d._special = ""
                            if ctx._known & 3072 != 3072:  # Inexact | Rounded
                                ctx._apply(_S_INEXACT | _S_ROUNDED)
                            return d
        s, c, e = _div_finite(self._sign, c1, self._exp, other._sign, c2, other._exp, prec)
        return _fix(s, c, e, ctx)

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divmod_status(self, other, ctx, want):
        """(quotient, remainder, status); want: 'q', 'r' or 'qr' (which may raise)."""
        nan = _nan_status(self, other, ctx)
        if nan is not None:
            return nan[0], nan[0], nan[1]
        sign = self._sign ^ other._sign
        if self._special == "F":
            if other._special == "F":
                return _nan(), _nan(), _S_INVALID
            return _mk(sign, 0, 0, "F"), _nan(), (_S_INVALID if "r" in want else 0)
        if other._special == "F":
            r, st = _fix_status(self._sign, self._int, self._exp, ctx) if "r" in want else (None, 0)
            return _mk(sign, 0, 0), r, st
        if other._int == 0:
            if self._int == 0:
                return _nan(), _nan(), _S_UNDEFINED
            status = (_S_DIVZERO if "q" in want else 0) | (_S_INVALID if "r" in want else 0)
            return _mk(sign, 0, 0, "F"), _nan(), status
        e = min(self._exp, other._exp)
        if self._int == 0 or self.adjusted() < other.adjusted():
            # the remainder is self at the smaller exponent; beyond prec + 2 digits the
            # padding zeros only make _fix signal Rounded
            k = self._exp - e
            if self._int == 0:
                k = 0
            elif k > ctx.prec + 2:
                k = max(0, ctx.prec + 2 - _ndigits(self._int))
            q, r, rexp = 0, self._int * 10 ** k, (e if self._int == 0 else self._exp - k)
        else:
            if self.adjusted() - other.adjusted() > ctx.prec:
                return _nan(), _nan(), _S_IMPOSSIBLE
            q, r = divmod(self._int * 10 ** (self._exp - e), other._int * 10 ** (other._exp - e))
            rexp = e
        if q >= ctx._pmax:
            return _nan(), _nan(), _S_IMPOSSIBLE
        rem, st = _fix_status(self._sign, r, rexp, ctx) if "r" in want else (None, 0)
        quo, st2 = _fix_status(sign, q, 0, ctx) if "q" in want else (None, 0)
        return quo, rem, st | st2

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        q, r, status = self._divmod_status(other, ctx, "qr")
        if status:
            ctx._apply(status)
        return q, r

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        q, r, status = self._divmod_status(other, ctx, "q")
        if status:
            ctx._apply(status)
        return q

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        q, r, status = self._divmod_status(other, ctx, "r")
        if status:
            ctx._apply(status)
        return r

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def remainder_near(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if self._special == "F" or (other._special == "" and other._int == 0):
            return _invalid(ctx, _S_UNDEFINED if self.is_zero() else _S_INVALID)
        if other._special == "F":
            return self._fix(ctx)
        if self._int and self.adjusted() - other.adjusted() > ctx.prec:
            return _invalid(ctx, _S_IMPOSSIBLE)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            q += 1
            r = b - r
            sign = 1 - self._sign
        else:
            sign = self._sign
        if q >= ctx._pmax:
            return _invalid(ctx, _S_IMPOSSIBLE)
        if r == 0:
            sign = self._sign
        return _fix(sign, r, e, ctx)

    def fma(self, other, third, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other)
        third = _conv_strict(third)
        if self._special or other._special:
            if self._special == "N" or other._special == "N" or third._special == "N":
                first = self if self._special == "N" else (other if other._special == "N"
                                                           else third)
                return _nan_result(first, None, ctx)
            nan = _nan_status(self, other, ctx)
            if nan is not None:
                return nan[0]
            if (self._special == "F" and other.is_zero()) or \
                    (other._special == "F" and self.is_zero()):
                return _invalid(ctx)
            product = _mk(self._sign ^ other._sign, 0, 0, "F")
        else:
            product = _mk(self._sign ^ other._sign, self._int * other._int,
                          self._exp + other._exp)
        return product.__add__(third, context=ctx)

    # -- powers
    def __pow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if modulo is not None:
            return self._powmod(other, _conv_strict(modulo), ctx)
        d, status = _pow_status(self, other, ctx)
        if status:
            ctx._apply(status)
        return d

    def __rpow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def _powmod(self, exp, mod, ctx):
        nan = _nan_result(self, exp, ctx) if mod._special not in ("N",) else None
        if mod._special == "N" or (nan is None and mod._special == "n"):
            return _nan_result(mod, None, ctx)
        if nan is not None:
            return nan
        if not (self._is_integral() and exp._is_integral() and mod._is_integral()):
            return _invalid(ctx)
        if exp._sign or mod._int == 0 or _ndigits(mod._int) + mod._exp > ctx.prec or \
                (self._int == 0 and exp._int == 0):
            return _invalid(ctx)
        m = abs(int(mod))
        n = int(exp)
        sign = self._sign if n & 1 else 0
        return _mk(sign, pow(abs(int(self)), n, m), 0)

    def _is_integral(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    # -- rounding operations
    def quantize(self, exp, rounding=None, context=None):
        if context is not None:
            ctx = context
        else:
            try:
                ctx = _THREAD_DICTS[_get_ident()]["context"]
            except KeyError:
                ctx = getcontext()
        if exp.__class__ is not Decimal:
            exp = _conv_strict(exp)
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        e = exp._exp
        if not (self._special or exp._special) and self._int and \
                ctx.Emin <= e <= ctx._etop and -40 <= e - self._exp <= 40:
            # the common case: the result is neither subnormal nor near Emax
            status = 0
            if e > self._exp:
                p = 10 ** (e - self._exp)
                q, r = divmod(self._int, p)
                status = _S_ROUNDED
                if r:
                    status = _S_ROUNDED | _S_INEXACT
                    if _round_up(rounding, self._sign, q, r, p):
                        q += 1
            else:
                q = self._int * 10 ** (self._exp - e)
            if q >= ctx._pmax:
                return _invalid(ctx)
            d = object.__new__(Decimal)
            d._sign = self._sign
            d._int = q
            d._exp = e
            d._special = ""
            if status & ~ctx._known:
                ctx._apply(status)
            return d
        nan = _nan_result(self, exp, ctx)
        if nan is not None:
            return nan
        if self._special == "F" or exp._special == "F":
            if self._special == "F" and exp._special == "F":
                return self
            return _invalid(ctx)
        e = exp._exp
        if not ctx.Etiny() <= e <= ctx.Emax:
            return _invalid(ctx)
        if self._int == 0:
            return _fix(self._sign, 0, e, ctx)
        adj = self.adjusted()
        if adj > ctx.Emax or adj - e + 1 > ctx.prec:
            return _invalid(ctx)
        status = 0
        if e > self._exp:
            drop = e - self._exp
            if drop > _ndigits(self._int) + 1:
                new, inexact = _round_coeff(self._sign, 1, 2, rounding)
            else:
                new, inexact = _round_coeff(self._sign, self._int, drop, rounding)
            status = _S_ROUNDED | (_S_INEXACT if inexact else 0)
        else:
            new = self._int * 10 ** (self._exp - e)
        if new >= ctx._pmax or (new and _ndigits(new) - 1 + e > ctx.Emax):
            return _invalid(ctx)
        if new and _ndigits(new) - 1 + e < ctx.Emin:
            status |= _S_SUBNORMAL
        d, st = _fix_status(self._sign, new, e, ctx)
        status |= st
        if status:
            ctx._apply(status)
        return d

    def same_quantum(self, other, context=None):
        other = _conv_strict(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self._special == "F" and other._special == "F")
        return self._exp == other._exp

    def _to_integral(self, rounding, ctx, exact):
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        if self._special:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        if self._int == 0:
            return _mk(self._sign, 0, 0)
        if -self._exp > _ndigits(self._int) + 1:
            new, inexact = _round_coeff(self._sign, 1, 2, rounding)
        else:
            new, inexact = _round_coeff(self._sign, self._int, -self._exp, rounding)
        if exact:
            ctx._apply(_S_ROUNDED | (_S_INEXACT if inexact else 0))
        return _mk(self._sign, new, 0)

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context if context is not None else getcontext(),
                                 False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context if context is not None else getcontext(),
                                 True)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else self
        d = _fix(self._sign, self._int, self._exp, ctx)
        if d._special:
            return d
        if d._int == 0:
            return _mk(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        exp_max = ctx._etop if ctx.clamp else ctx.Emax
        while exp < exp_max and coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _mk(d._sign, coeff, exp)

    def next_plus(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._next(ctx, 0)

    def next_minus(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._next(ctx, 1)

    def _next(self, ctx, direction):
        """The closest representable number above (direction 0) or below (1)."""
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign == direction:
                return self
            if direction == 0:
                return _mk(1, ctx._pmax - 1, ctx._etop)
            return _mk(0, ctx._pmax - 1, ctx._etop)
        rounding = ROUND_CEILING if direction == 0 else ROUND_FLOOR
        wctx = _WorkContext(ctx.prec, rounding, ctx.Emin, ctx.Emax, ctx.clamp)
        d, _ = _fix_status(self._sign, self._int, self._exp, wctx)
        if d._special or _cmp_finite(d, self) != 0:
            return d
        s, c, e = _add_finite(self._sign, self._int, self._exp, direction, 1,
                              ctx.Etiny() - 1, wctx)
        return _fix_status(s, c, e, wctx)[0]

    def next_toward(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        d = self._next(ctx, 0 if c < 0 else 1)
        status = 0
        if d._special == "F":
            status = _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
        elif d.adjusted() < ctx.Emin:
            status = _S_UNDERFLOW | _S_SUBNORMAL | _S_INEXACT | _S_ROUNDED
            if d._int == 0:
                status |= _S_CLAMPED
        if status:
            ctx._apply(status)
        return d

    # -- functions
    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _invalid(ctx)
            return self
        if self._int == 0:
            return _fix(self._sign, 0, self._exp >> 1, ctx)
        if self._sign:
            return _invalid(ctx)
        prec = ctx.prec + 1
        e = self._exp >> 1
        nd = _ndigits(self._int)
        if self._exp & 1:
            c = self._int * 10
            length = (nd >> 1) + 1
        else:
            c = self._int
            length = (nd + 1) >> 1
        shift = prec - length
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, rem = divmod(c, 100 ** -shift)
            exact = not rem
        e -= shift
        n = _math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        d, status = _fix_status(0, n, e, ctx, ROUND_HALF_EVEN)
        if status:
            ctx._apply(status)
        return d

    def exp(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return _mk(0, 0, 0) if self._sign else self
        if self._int == 0:
            return _mk(0, 1, 0)
        d, status = _exp_status(self, ctx)
        ctx._apply(status)
        return d

    def ln(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _invalid(ctx)
            return self
        if self._int == 0:
            return _mk(1, 0, 0, "F")
        if self._sign:
            return _invalid(ctx)
        d, status = _ln_status(self, ctx)
        if status:
            ctx._apply(status)
        return d

    def log10(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _invalid(ctx)
            return self
        if self._int == 0:
            return _mk(1, 0, 0, "F")
        if self._sign:
            return _invalid(ctx)
        c = self._int
        nd = _ndigits(c)
        if c == 10 ** (nd - 1):
            return Decimal(self._exp + nd - 1)._fix(ctx)
        d, status = _log10_status(self, ctx)
        ctx._apply(status)
        return d

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return _mk(0, 0, 0, "F")
        if self._int == 0:
            ctx._apply(_S_DIVZERO)
            return _mk(1, 0, 0, "F")
        return Decimal(self.adjusted())._fix(ctx)

    def scaleb(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp != 0:
            return _invalid(ctx)
        n = -other._int if other._sign else other._int
        limit = 2 * (ctx.Emax + ctx.prec)
        if not -limit <= n <= limit:
            return _invalid(ctx)
        if self._special:
            return self
        return _fix(self._sign, self._int, self._exp + n, ctx)

    # -- digit-wise operations (operands are integers of 0s and 1s)
    def _logical_digits(self, ctx):
        if self._special or self._sign or self._exp != 0:
            return None
        s = _str_of(self._int)
        if s.strip("01"):
            return None
        return s[-ctx.prec:]

    def _logical(self, other, ctx, op):
        other = _conv_strict(other)
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx)
        if a is None or b is None:
            return _invalid(ctx)
        n = max(len(a), len(b))
        a, b = a.zfill(n), b.zfill(n)
        digits = "".join(str(op(int(x), int(y))) for x, y in zip(a, b))
        return _mk(0, _int_of(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context if context is not None else getcontext(),
                             lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, context if context is not None else getcontext(),
                             lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context if context is not None else getcontext(),
                             lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._logical(_mk(0, _int_of("1" * ctx.prec), 0), ctx, lambda x, y: x ^ y)

    def _shift_count(self, other, ctx):
        if other._special or other._exp != 0:
            return None
        n = -other._int if other._sign else other._int
        if not -ctx.prec <= n <= ctx.prec:
            return None
        return n

    def rotate(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        n = self._shift_count(other, ctx)
        if n is None:
            return _invalid(ctx)
        if self._special:
            return self
        prec = ctx.prec
        s = _str_of(self._int).zfill(prec)[-prec:]
        n %= prec
        s = s[n:] + s[:n]
        return _mk(self._sign, _int_of(s), self._exp)

    def shift(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _conv_strict(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        n = self._shift_count(other, ctx)
        if n is None:
            return _invalid(ctx)
        if self._special:
            return self
        c = self._int % ctx._pmax
        c = c * 10 ** n if n >= 0 else c // 10 ** -n
        return _mk(self._sign, c % ctx._pmax, self._exp)

    def __format__(self, spec, _localeconv=None):
        if not isinstance(spec, str):
            raise TypeError("format() argument must be str, not %s" % type(spec).__name__)
        return _format_decimal(self, spec)

    # numbers.Real protocol
    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _mk(0, 0, 0)

    def conjugate(self):
        return self

    def radix(self):
        return _mk(0, 10, 0)


_INF = float("inf")
_NAN = float("nan")

_CMP_OPS = {"eq": lambda c: c == 0, "ne": lambda c: c != 0, "lt": lambda c: c < 0,
            "le": lambda c: c <= 0, "gt": lambda c: c > 0, "ge": lambda c: c >= 0}


def _add_special(a, b, b_sign, ctx):
    """a + b (b with sign b_sign) when one of them is a NaN or an infinity."""
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    if a._special == "F":
        if b._special == "F" and a._sign != b_sign:
            return _invalid(ctx)
        return a
    return _mk(b_sign, 0, 0, "F")


# ---------------------------------------------------------------- powers

def _is_odd(y):
    """Whether the integral finite Decimal y is odd."""
    if y._exp > 0:
        return False
    return (y._int // 10 ** -y._exp) & 1 == 1


def _pow_status(x, y, ctx):
    """x ** y as (Decimal, status), following libmpdec's mpd_qpow case by case."""
    if x._special or y._special:
        nan = _nan_status(x, y, ctx)
        if nan is not None:
            return nan
    intexp = y._special == "" and y._is_integral()
    resultsign = 1 if intexp and x._sign and _is_odd(y) else 0
    if x._special == "" and x._int == 0:
        if y._special == "" and y._int == 0:
            return _nan(), _S_INVALID
        if y._sign:
            return _mk(resultsign, 0, 0, "F"), 0
        return _mk(resultsign, 0, 0), 0
    if x._sign and not intexp:
        return _nan(), _S_INVALID
    prec = ctx.prec
    if y._special == "F":
        c = _cmp(x, _ONE)
        if c == 0:
            return _mk(resultsign, 10 ** (prec - 1), 1 - prec), _S_INEXACT | _S_ROUNDED
        if y._sign:
            c = -c
        return (_mk(resultsign, 0, 0) if c < 0 else _mk(resultsign, 0, 0, "F")), 0
    if x._special == "F":
        if y._int == 0:
            return _mk(resultsign, 1, 0), 0
        if y._sign:
            return _mk(resultsign, 0, 0), 0
        return _mk(resultsign, 0, 0, "F"), 0
    if y._int == 0:
        return _mk(resultsign, 1, 0), 0
    if _cmp_finite(x.copy_abs(), _ONE) == 0:
        status = 0
        if intexp:
            if y._sign:
                return _mk(resultsign, 1, 0), 0
            shift = int(y) * -x._exp if x._exp < 0 else 0
            if shift > prec - 1:
                shift = prec - 1
                status = _S_ROUNDED
        else:
            shift = prec - 1
            status = _S_INEXACT | _S_ROUNDED
        return _mk(resultsign, 10 ** shift, -shift), status
    r = _pow_bounds(x, y, resultsign, ctx)
    if r is not None:
        return r
    if intexp:
        return _pow_int(x, y, resultsign, ctx)
    return _pow_real(x, y, ctx)


def _exp_digits(n):
    return _ndigits(abs(n))


def _pow_bounds(x, y, resultsign, ctx):
    """libmpdec's cheap test for certain overflow or underflow of x ** y: compares
    lower bounds of log10(|log10(|x|)|) + log10(|y|) with the digits of the exponent
    limit."""
    t = x.adjusted()
    lb_theta = y.adjusted()
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        if x._exp >= 0:
            d, e = x._int * 10 ** x._exp - 1, 0
        else:
            d, e = x._int - 10 ** -x._exp, x._exp
        u = e + _ndigits(abs(d)) - 1 if d else e
        lb_zeta = u - 2 if t == 0 else u - 1
    if ((t < 0) ^ y._sign) == 0:
        if _exp_digits(ctx.Emax) < lb_zeta + lb_theta:
            return _overflow(resultsign, ctx)
    else:
        etiny = ctx.Emin - ctx.prec + 1
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            return _fix_status(resultsign, 1, etiny - 1, ctx)
    return None


def _pow_int(x, y, resultsign, ctx):
    """x ** y for an integral y: binary exponentiation rounded at a working precision
    (libmpdec's _mpd_qpow_int), then rounded to ctx."""
    wprec = ctx.prec + _ndigits(y._int) + y._exp + 2
    status = 0
    if y._sign:
        wprec += 1
        wctx = _WorkContext(wprec, ROUND_HALF_EVEN, ctx.Emin, ctx.Emax)
        s, c, e = _div_finite(0, 1, 0, x._sign, x._int, x._exp, wprec)
        base, st = _fix_status(s, c, e, wctx)
        status |= st
    else:
        wctx = _WorkContext(wprec, ROUND_HALF_EVEN, ctx.Emin, ctx.Emax)
        base = x
    n = y._int * 10 ** y._exp if y._exp >= 0 else y._int // 10 ** -y._exp
    result = base
    work = 0
    if not base._special:
        bc, be = base._int, base._exp
        for bit in bin(n)[3:]:
            result, st = _fix_status(0, result._int * result._int, 2 * result._exp, wctx)
            work |= st
            if bit == "1" and not result._special:
                result, st = _fix_status(0, result._int * bc, result._exp + be, wctx)
                work |= st
            if result._special or (result._int == 0 and work & _S_CLAMPED):
                break
    status |= work
    if result._special:
        d, st = _overflow(resultsign, ctx)
    else:
        d, st = _fix_status(resultsign, result._int, result._exp, ctx)
    return d, status | st


def _pow_real(x, y, ctx):
    """x ** y for a non-integral y and x > 0: exp(y * ln(x)) at prec + 23 digits, then
    rounded to ctx (libmpdec's _mpd_qpow_real)."""
    prec = ctx.prec
    wp = max(_ndigits(x._int), prec) + 4 + 19
    mctx = _max_context(wp)
    t, _ = _ln_status(x, mctx)
    t, _ = _fix_status(t._sign ^ y._sign, t._int * y._int, t._exp + y._exp, mctx)
    r, _ = _exp_status(t, mctx)
    if r._special == "F":
        d, st = _overflow(0, ctx)
    else:
        if _cmp_finite(r, _ONE) == 0:
            r = _mk(0, 10 ** (prec - 1), 1 - prec)
        d, st = _fix_status(0, r._int, r._exp, ctx)
    return d, st | _S_INEXACT | _S_ROUNDED


# ---------------------------------------------------------------- exp, ln, log10

_LN10 = (0, 0)  # (digits, ln(10) * 10**digits truncated), grown on demand


def _ln10_fixed(digits):
    """ln(10) * 10**digits, truncated (error below one unit)."""
    global _LN10
    have, v = _LN10
    if have >= digits:
        return v // 10 ** (have - digits)
    g = digits + 20
    one = 10 ** g

    def atanh_inv(n):  # atanh(1/n) * one
        total = 0
        term = one // n
        n2 = n * n
        k = 1
        while term:
            total += term // k
            term //= n2
            k += 2
        return total

    # ln 10 = 3 ln 2 + ln 1.25 = 6 atanh(1/3) + 2 atanh(1/9)
    v = (6 * atanh_inv(3) + 2 * atanh_inv(9)) // 10 ** 10
    _LN10 = (digits + 10, v)
    return v // 10 ** 10


def _rounded_result(sign, coeff, exp, ctx):
    """The correctly rounded value of an approximation known to round unambiguously."""
    d, st = _fix_status(sign, coeff, exp, ctx, ROUND_HALF_EVEN)
    return d, st | _S_INEXACT | _S_ROUNDED


def _same(a, b):
    return a._special == b._special and a._int == b._int and a._exp == b._exp and \
        a._sign == b._sign


def _exp_fixed(sign, c, e, w):
    """(Y, k, B): exp(x) = (Y +- B) * 10**(k - w) for x = +-c * 10**e, |x| < 10**19."""
    g = w + 12
    sh = e + g
    x = c * 10 ** sh if sh >= 0 else c // 10 ** -sh
    if x == 0:
        return 10 ** w, 0, 1
    if sign:
        x = -x
    one = 10 ** g
    d = _ndigits(abs(x) // one) + 2
    ln10 = _ln10_fixed(g + d)
    k = (x * 10 ** d) // ln10
    r = x - (k * ln10) // 10 ** d
    if r < 0:
        r = 0
    s = 10
    r >>= s
    total = term = one
    n = 1
    while term:
        term = term * r // (one * n)
        total += term
        n += 1
    for _ in range(s):
        total = total * total // one
    scale = 10 ** (g - w)
    return total // scale, k, (10240 * (n + 6)) // scale + 2


def _exp_status(x, ctx):
    """exp(x) correctly rounded (half even) to ctx, for finite nonzero x."""
    if x.adjusted() >= 19:
        if x._sign:
            d, st = _fix_status(0, 1, ctx.Emin - ctx.prec - 1, ctx, ROUND_HALF_EVEN)
            return d, st | _S_INEXACT | _S_ROUNDED
        return _overflow(0, ctx, ROUND_HALF_EVEN)
    adj = x.adjusted()
    if adj < -ctx.prec - 4 or (adj == -ctx.prec - 4 and
                                x._int <= 9 * 10 ** (_ndigits(x._int) - 1)):
        # |x| <= 9 * 10**-(prec + 4): libmpdec takes the result as 1 (Inexact, Rounded)
        # before it rounds, so an Emin of 0 reports no Subnormal for 0.999...
        d, _ = _fix_status(0, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, ROUND_HALF_EVEN)
        return d, _S_INEXACT | _S_ROUNDED
    w = ctx.prec + 6
    while True:
        y, k, b = _exp_fixed(x._sign, x._int, x._exp, w)
        lo, _ = _fix_status(0, y - b, k - w, ctx, ROUND_HALF_EVEN)
        hi, _ = _fix_status(0, y + b, k - w, ctx, ROUND_HALF_EVEN)
        if _same(lo, hi):
            return _rounded_result(0, y, k - w, ctx)
        w *= 2


def _ln_fixed(c, e, w):
    """(sign, Y, B): ln(c * 10**e) = +-(Y +- B) * 10**-w."""
    g = w + 12
    nd = _ndigits(c)
    a = e + nd - 1
    sh = g - (nd - 1)
    m = c * 10 ** sh if sh >= 0 else c // 10 ** -sh  # in [1, 10) * one
    one = 10 ** g
    s = 8
    for _ in range(s):
        m = _math.isqrt(m * one)
    y = (m - one) * one // (m + one)
    y2 = y * y // one
    total = 0
    term = y
    k = 1
    while term:
        total += term // k
        term = term * y2 // one
        k += 2
    ln = total << (s + 1)
    if a:
        da = _ndigits(abs(a)) + 1
        ln += a * _ln10_fixed(g + da) // 10 ** da
    sign = 1 if ln < 0 else 0
    scale = 10 ** (g - w)
    return sign, abs(ln) // scale, ((k + 12) << (s + 1)) // scale + 2


def _ln_extra(c, e):
    """Digits of ln(x) lost to cancellation: how far |x - 1| lies below 1."""
    nd = _ndigits(c)
    a = e + nd - 1
    if a != 0 and a != -1:
        return 0
    if e >= 0:
        d, de = c * 10 ** e - 1, 0
    else:
        d, de = c - 10 ** -e, e
    if d == 0:
        return 0
    return max(0, -(de + _ndigits(abs(d)) - 1))


def _ln_status(x, ctx):
    """ln(x) correctly rounded (half even) to ctx, for finite x > 0."""
    c, e = x._int, x._exp
    nd = _ndigits(c)
    if e + nd - 1 == 0 and c == 10 ** (nd - 1):
        return _mk(0, 0, 0), 0
    w = ctx.prec + _ln_extra(c, e) + 6
    while True:
        sign, y, b = _ln_fixed(c, e, w)
        if y > 2 * b:
            lo, _ = _fix_status(sign, y - b, -w, ctx, ROUND_HALF_EVEN)
            hi, _ = _fix_status(sign, y + b, -w, ctx, ROUND_HALF_EVEN)
            if _same(lo, hi):
                return _rounded_result(sign, y, -w, ctx)
        w *= 2


def _log10_status(x, ctx):
    """log10(x) correctly rounded (half even) to ctx, for finite x > 0 not a power of
    ten."""
    c, e = x._int, x._exp
    w = ctx.prec + _ln_extra(c, e) + 6
    while True:
        sign, y, b = _ln_fixed(c, e, w + 2)
        y = y * 10 ** (w + 4) // _ln10_fixed(w + 4) // 100
        b = b // 100 + 2
        if y > 2 * b:
            lo, _ = _fix_status(sign, y - b, -w, ctx, ROUND_HALF_EVEN)
            hi, _ = _fix_status(sign, y + b, -w, ctx, ROUND_HALF_EVEN)
            if _same(lo, hi):
                return _rounded_result(sign, y, -w, ctx)
        w *= 2


# ---------------------------------------------------------------- formatting

def _parse_spec(spec):
    """The format mini-language as Decimal accepts it; ValueError('invalid format string')
    otherwise."""
    i, n = 0, len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == "z":
        no_neg_0 = True
        i += 1
    zeropad = False
    if i < n and spec[i] == "0":
        if align is not None:
            raise ValueError("invalid format string")
        zeropad = True
        i += 1
    j = i
    while i < n and "0" <= spec[i] <= "9":
        i += 1
    if i > j and zeropad and spec[j] == "0":
        raise ValueError("invalid format string")
    width = int(spec[j:i]) if i > j else 0
    sep = ""
    if i < n and spec[i] == ",":
        sep = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        i += 1
        j = i
        while i < n and "0" <= spec[i] <= "9":
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    type_ = None
    if i < n:
        type_ = spec[i]
        i += 1
        if type_ not in "eEfFgGn%":
            raise ValueError("invalid format string")
    if i != n or (type_ == "n" and sep):
        raise ValueError("invalid format string")
    if zeropad:
        fill, align = "0", "="
    return (fill if fill is not None else " "), (align or ">"), sign, no_neg_0, zeropad, \
        width, sep, precision, type_


def _format_decimal(d, spec):
    fill, align, sign, no_neg_0, zeropad, width, sep, precision, type_ = _parse_spec(spec)
    ctx = getcontext()
    if d._special:
        body = d.copy_abs().__str__()
        if type_ == "%":
            body += "%"
        sign_s = "-" if d._sign else ("" if sign == "-" else sign)
        if zeropad:
            fill, align = " ", ">"
        return _align(sign_s, body, fill, align, width)
    was_zero = d._int == 0
    if type_ is None:
        type_ = "G" if ctx.capitals else "g"
    elif type_ == "n":
        type_ = "g"
    if type_ == "%":
        d = _mk(d._sign, d._int, d._exp + 2)
    rounding = ctx.rounding
    if precision is not None:
        if type_ in "eE":
            d = _round_sig(d, precision + 1, rounding)
            if d._int:
                d = _rescale(d, d._exp + _ndigits(d._int) - precision - 1, rounding)
        elif type_ in "fF%":
            d = _rescale(d, -precision, rounding)
        else:
            if precision == 0:
                precision = 1
            if _ndigits(d._int) > precision:
                d = _round_sig(d, precision, rounding)
    if d._int == 0 and d._exp > 0 and type_ in "fF%":
        d = _mk(d._sign, 0, 0)
    # CPython 3.11 applies 'z' to a zero after rounding, but for 'F' only to a zero
    # before rounding
    neg = d._sign == 1 and not (no_neg_0 and d._int == 0 and (type_ != "F" or was_zero))
    digits = _str_of(d._int)
    leftdigits = d._exp + len(digits)
    if type_ in "eE":
        dotplace = 1 - precision if d._int == 0 and precision is not None else 1
    elif type_ in "fF%":
        dotplace = leftdigits
    elif d._exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace < 0:
        intpart, fracpart = "0", "0" * -dotplace + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
    else:
        intpart, fracpart = digits[:dotplace] or "0", digits[dotplace:]
    exp = leftdigits - dotplace
    if fracpart:
        fracpart = "." + fracpart
    if exp != 0 or type_ in "eE":
        fracpart += ("E" if type_ in "EG" else "e") + "%+d" % exp
    if type_ == "%":
        fracpart += "%"
    sign_s = "-" if neg else ("" if sign == "-" else sign)
    if zeropad:
        min_width = width - len(fracpart) - len(sign_s)
    else:
        min_width = 0
    intpart = _group(intpart, sep, min_width)
    return _align(sign_s, intpart + fracpart, fill, align, width)


def _group(digits, sep, min_width):
    """digits with sep between groups of three, zero-padded to min_width (padding
    zeros are grouped too)."""
    if not sep:
        return digits.rjust(min_width, "0") if min_width > len(digits) else digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, "0") if digits else "0" * size)
        digits = digits[:-size] if len(digits) > size else ""
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _align(sign, body, fill, align, width):
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * pad
    if align == ">":
        return fill * pad + sign + body
    if align == "=":
        return sign + fill * pad + body
    half = pad // 2
    return fill * half + sign + body + fill * (pad - half)


def _round_sig(d, n, rounding):
    """Finite d rounded to n significant digits (for formatting; no flags)."""
    nd = _ndigits(d._int)
    if d._int == 0 or nd <= n:
        return d
    new, _ = _round_coeff(d._sign, d._int, nd - n, rounding)
    exp = d._exp + nd - n
    if _ndigits(new) > n:
        new //= 10
        exp += 1
    return _mk(d._sign, new, exp)


def _rescale(d, exp, rounding):
    """Finite d with exponent exp, rounded (for formatting; no flags)."""
    if d._exp >= exp:
        return _mk(d._sign, d._int * 10 ** (d._exp - exp), exp)
    drop = exp - d._exp
    if drop > _ndigits(d._int) + 1:
        new, _ = _round_coeff(d._sign, 1 if d._int else 0, 2, rounding) if d._int else (0, 0)
    else:
        new, _ = _round_coeff(d._sign, d._int, drop, rounding)
    return _mk(d._sign, new, exp)


_ONE = _mk(0, 1, 0)
_SMALL_INTS.update((i, _mk(0, i, 0)) for i in range(257))
_CONVERTED.update(_SMALL_INTS)

_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
