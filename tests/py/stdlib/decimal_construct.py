# Decimal construction from str/int/float/tuple, str/repr/eng strings, as_tuple and
# the conversions to int/float/Fraction.
from decimal import Decimal, getcontext, Context, FloatOperation, InvalidOperation
from fractions import Fraction
import math

for s in ['1.5', '-0', '0.000', '1e-7', '123e5', ' 7 ', '1_000_000', '-.5', '5.', '+1E+2',
          'inf', '-Infinity', 'nan', 'NaN123', '-sNaN7', 'NaN0012', '\u0661\u0662.5',
          '12345678901234567890123456789012345', '1E+999999999', '0E-1000']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())

for bad in ['abc', '1.2.3', '1e', '.', '', '1 0', '0x10', 'in f', '++1', 'sNaNx']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)

print(repr(Decimal(10**30)), repr(Decimal(-7)), repr(Decimal(True)), repr(Decimal()))
print(repr(Decimal(0.1)), repr(Decimal(-0.0)), repr(Decimal(float('inf'))), repr(Decimal(2.5e-10)))
print(repr(Decimal.from_float(1.1)), repr(Decimal.from_float(5)), getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(repr(Decimal((0, (1, 2, 3), -2))), repr(Decimal((1, (0,), 5))), repr(Decimal((0, (), 'F'))),
      repr(Decimal([1, [4, 2], 'n'])), repr(Decimal((0, (1,), 'N'))))
for t in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1,), 'x'), (0, (1,)), 1.5j, [1], None]:
    try:
        Decimal(t)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for v in ['1E+5', '0.00001', '1.2345E-10', '-123.45E+3', '0E+3', '0E-8', '100E-9', '1E+3']:
    d = Decimal(v)
    print(v, str(d), d.to_eng_string(), d.adjusted())
ctx = Context(capitals=0)
print(ctx.to_sci_string(Decimal('1E+9')), ctx.to_eng_string(Decimal('-1.5E-9')))

for v in ['2.5', '-3.7', '1E+3', '0.999', '-0', '123456789.987654321']:
    d = Decimal(v)
    print(v, int(d), float(d), round(d), round(d, 1), math.floor(d), math.ceil(d), math.trunc(d),
          d.as_integer_ratio(), Fraction(d), Fraction.from_decimal(d), complex(d), bool(d))
for v in ['NaN', 'Inf', '-Inf', 'sNaN']:
    d = Decimal(v)
    for f in (int, round, math.floor, float, Decimal.as_integer_ratio):
        try:
            print(v, f.__name__, f(d))
        except (ValueError, OverflowError, TypeError) as e:
            print(v, f.__name__, type(e).__name__, e)
print(round(Decimal('2.675'), 2), round(Decimal('-1.5')), round(Decimal('0.5')), round(Decimal('1234'), -2))
try:
    round(Decimal(1), 1.5)
except TypeError as e:
    print("TypeError", e)

# hashing agrees with int, float and Fraction
for v in ['0.5', '-1.25', '10', '1E+30', '-0', '1.000', '0.1', 'Infinity', '-Inf']:
    d = Decimal(v)
    print(v, hash(d) == hash(float(d)), hash(d) == hash(Fraction(d)) if d.is_finite() else '-')
print(hash(Decimal(2**70)) == hash(2**70), len({Decimal('1.0'), Decimal(1), 1, 1.0}))
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print("TypeError", e)

import copy, pickle
d = Decimal('-12.340')
print(copy.copy(d) is d, copy.deepcopy(d) == d, pickle.loads(pickle.dumps(d)) == d,
      repr(pickle.loads(pickle.dumps(d))))

class Money(Decimal):
    pass
m = Money('1.50')
print(type(m).__name__, repr(m), type(m + 1).__name__, type(Money.from_float(0.25)).__name__,
      isinstance(m, Decimal))
import numbers
print(isinstance(d, numbers.Number), isinstance(d, numbers.Real), d.real, d.imag, d.conjugate())

# coefficients beyond int's 4300-digit string conversion limit
big = Decimal('12' * 3000 + '.5')
print(len(str(big)), big.adjusted(), str(big)[:10], str(big)[-5:], len(big.as_tuple().digits))
from decimal import localcontext
with localcontext(prec=7000):
    print(len(str(big * 3)), str(+Decimal('9' * 6500))[-3:], format(big, '.2e'))
