# Contexts: attributes and their validation, flags and traps, the exceptions signals
# raise (the C module's list of conditions), localcontext and setcontext.
import decimal
from decimal import *

c = getcontext()
print(repr(c))
print(repr(DefaultContext), repr(BasicContext), repr(ExtendedContext), sep='\n')
print(c.Etiny(), c.Etop(), MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS)

for attr, value in [('prec', 0), ('prec', 'x'), ('Emin', 1), ('Emax', -1), ('capitals', 2),
                    ('clamp', 5), ('rounding', 'ROUND_SIDEWAYS'), ('rounding', 3), ('foo', 1)]:
    try:
        setattr(Context(), attr, value)
    except (ValueError, TypeError, AttributeError) as e:
        print(attr, repr(value), type(e).__name__, e)
try:
    Context(prec=-1)
except ValueError as e:
    print("ValueError", e)
try:
    del c.prec
except AttributeError as e:
    print("AttributeError")

# every signal, trapped or not
def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except DecimalException as e:
        print(label, 'raises', type(e).__name__, e.args)

cases = [
    ('1/0', lambda: Decimal(1) / 0),
    ('0/0', lambda: Decimal(0) / 0),
    ('1//0', lambda: Decimal(1) // 0),
    ('1%0', lambda: Decimal(1) % 0),
    ('divmod(1,0)', lambda: divmod(Decimal(1), 0)),
    ('inf-inf', lambda: Decimal('Inf') - Decimal('Inf')),
    ('sqrt(-1)', lambda: Decimal(-1).sqrt()),
    ('syntax', lambda: Decimal('1.2.3')),
    ('snan+1', lambda: Decimal('sNaN') + 1),
    ('nan+1', lambda: Decimal('NaN5') + 1),
    ('overflow', lambda: Decimal('9E+999999') * 10),
    ('underflow', lambda: Decimal('1E-999999') / 10 ** 30),
    ('subnormal', lambda: Decimal('1E-999999') / 10),
    ('clamped', lambda: Decimal('1E-1000030') + 0),
    ('inexact', lambda: Decimal(1) / 3),
    ('rounded', lambda: Decimal('1.00000000000000000000000000000') + 0),
    ('impossible', lambda: Decimal('1E+40') // Decimal('0.1')),
    ('quantize', lambda: Decimal('1E+40').quantize(Decimal('0.1'))),
    ('float', lambda: Decimal(0.5)),
    ('float<', lambda: Decimal(1) < 0.5),
]
for label, f in cases:
    c.clear_flags()
    attempt(label, f)
    print('   flags', [s.__name__ for s in c.flags if c.flags[s]])

c.traps[Inexact] = True
c.traps[Rounded] = True
c.traps[Underflow] = True
c.traps[FloatOperation] = True
for label, f in cases:
    c.clear_flags()
    attempt(label, f)
print(repr(c))
c.clear_traps()
attempt('1/0 untrapped', lambda: Decimal(1) / 0)
attempt('0/0 untrapped', lambda: Decimal(0) / 0)
setcontext(Context())
c = getcontext()

# exception classes
print(DivisionByZero.__mro__)
print(issubclass(DivisionUndefined, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(ConversionSyntax, InvalidOperation), issubclass(Underflow, Subnormal),
      issubclass(Overflow, Inexact))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError", repr(e))

# flags/traps dicts
print(c.flags[Inexact], c.traps[DivisionByZero], len(c.flags), sorted(s.__name__ for s in c.traps))
try:
    c.flags['x'] = True
except KeyError as e:
    print("KeyError", e)
try:
    c.traps[ValueError]
except KeyError as e:
    print("KeyError", e)

# localcontext
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, getcontext() is lc)
print(Decimal(1) / 7)
with localcontext(prec=12, rounding=ROUND_DOWN) as lc:
    print(Decimal(2) / 3, lc.prec, lc.rounding)
with localcontext(Context(prec=3, traps=[])) as lc:
    print(Decimal(1) / 0, lc.flags[DivisionByZero])
try:
    with localcontext(precision=5):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    with localcontext(prec='a'):
        pass
except TypeError as e:
    print("TypeError", e)
print(getcontext().prec)

# setcontext with the templates copies them
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0, Decimal(0) / 0)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec)
mine = Context(prec=4)
setcontext(mine)
print(getcontext() is mine, Decimal(10) / 3)
try:
    setcontext(5)
except TypeError as e:
    print("TypeError", e)
setcontext(Context())

# context methods accept ints
c = Context(prec=6, rounding=ROUND_HALF_UP)
print(c.add(1, 2), c.subtract(Decimal('1.5'), 3), c.multiply(7, Decimal('0.1')), c.divide(2, 3),
      c.divide_int(7, 2), c.remainder(7, 2), c.divmod(7, 2), c.power(2, 10), c.power(2, 100),
      c.power(3, 4, 5), c.sqrt(2), c.abs(-3), c.minus(4), c.plus(Decimal('1.23456789')),
      c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.quantize(Decimal('1.2345'), Decimal('0.01')),
      c.normalize(Decimal('1.200')), c.to_integral_exact(Decimal('2.5')), c.create_decimal('1.23456789'),
      c.create_decimal_from_float(0.1), c.copy_abs(-1), c.is_zero(0), c.is_signed(-1),
      c.number_class(Decimal('0E-1000')), c.radix(), c.copy_decimal(1), c.to_sci_string(Decimal('1E+7')))
try:
    c.add(1.5, 2)
except TypeError as e:
    print("TypeError", e)
try:
    c.create_decimal(' 1 ')
except InvalidOperation as e:
    print("InvalidOperation", e.args)
print(c.flags[Inexact], c.copy().flags[Inexact], repr(c.copy()))
c.clear_flags()
print(repr(c))

# flags set by one operation are set again after a reset; a new trap takes effect at once
c = Context(prec=5)
x = c.divide(1, 3)
print(c.flags[Inexact], c.flags[Rounded])
c.flags[Inexact] = False
c.divide(1, 3)
print(c.flags[Inexact])
c.clear_flags()
c.quantize(Decimal('1.2345'), Decimal('0.1'))
print(c.flags[Inexact], c.flags[Rounded])
c.flags = dict.fromkeys(c.flags, False)
c.add(Decimal('1.234567'), 0)
print(c.flags[Inexact], c.flags[Rounded])
c.traps[Inexact] = True
try:
    c.divide(1, 3)
except Inexact as e:
    print("Inexact", e.args)
c.traps = dict.fromkeys(c.traps, False)
print(c.divide(2, 3), c.divide(1, 0))
