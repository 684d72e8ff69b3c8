# + - * / // % divmod and comparisons, under every rounding mode and several precisions.
from decimal import *

getcontext().traps[Inexact] = False
vals = ['1.5', '-2.25', '7', '0.1', '3', '-0', '1E+3', '123456789.123456789', '2', '-7']
for prec in (3, 9, 28):
    getcontext().prec = prec
    for a in vals[:6]:
        for b in vals[4:]:
            x, y = Decimal(a), Decimal(b)
            out = [x + y, x - y, x * y]
            for op in (lambda: x / y, lambda: x // y, lambda: x % y):
                try:
                    out.append(op())
                except DecimalException as e:
                    out.append(type(e).__name__)
            print(prec, a, b, *out)

getcontext().prec = 5
roundings = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
             ROUND_HALF_DOWN, ROUND_05UP]
for r in roundings:
    getcontext().rounding = r
    row = []
    for v in ['1.23455', '1.23445', '-1.23455', '1.23450001', '9.99995', '-0.000012345678', '1.23405']:
        row.append(str(+Decimal(v)))
    print(r, row, Decimal(2) / 3, Decimal(-2) / 3, Decimal(100) * Decimal('1.000005'))

setcontext(Context())
print(Decimal('0.1') + Decimal('0.2'), sum([Decimal('0.1')] * 10), Decimal('1.30') + Decimal('1.20'))
print(Decimal('7') // Decimal('-2'), Decimal('7') % Decimal('-2'), divmod(Decimal(-7), 2),
      divmod(Decimal('10.5'), Decimal('3')), Decimal('-7.5') % 2, 7 // Decimal('2.5'))
print(Decimal(1) - Decimal(1), Decimal(-1) + Decimal(1), -Decimal('0'), +Decimal('-0'),
      abs(Decimal('-1.50')), Decimal('-0') + Decimal('-0'))
print(Decimal('1.20') * 3, 3 * Decimal('1.20'), Decimal(5) - 8, 8 - Decimal(5), 1 / Decimal(8),
      Decimal('1e10') * Decimal('1e10'), Decimal('1.00') / 4, Decimal(1) / Decimal(3))
print(Decimal('5E+3') / Decimal(5), Decimal('100') / Decimal('1E+2'), Decimal('12.0') / Decimal('0.5'))

# comparisons with ints, floats, Fractions and NaNs
from fractions import Fraction
a = Decimal('1.5')
print(a == Fraction(3, 2), a < 2, a > 1.25, a == 1.5, a != 1.5, 2 > a, Decimal(1) == 1.0,
      Decimal('1.0') == Decimal(1), Decimal('-0') == 0, a == 'x', a == complex(1.5, 0))
print(sorted([Decimal('1.5'), 1, Decimal('-2'), 0.5, Fraction(1, 3)]),
      max(Decimal(1), Decimal('1.0')), min(Decimal('2.0'), Decimal(2)))
n = Decimal('NaN')
print(n == n, n != n, n == 1, Decimal('Inf') > 10**100, Decimal('-Inf') < -1e308)
try:
    n < 1
except InvalidOperation as e:
    print("InvalidOperation", e.args)
getcontext().traps[FloatOperation] = True
try:
    Decimal(1) < 1.5
except FloatOperation as e:
    print("FloatOperation", e.args, isinstance(e, TypeError))
print(Decimal(1) == 1.0)
getcontext().traps[FloatOperation] = False

for bad in (1.5, 'x', [1], None):
    for op in ('+', '*', '/', '//', '%', '**'):
        try:
            eval('Decimal(1) %s bad' % op)
        except TypeError as e:
            print(op, type(bad).__name__, 'TypeError')

print(Decimal('12.345').compare(Decimal('12.3450')), Decimal(1).compare(Decimal('NaN')),
      Decimal(-3).compare_total(Decimal(3)), Decimal('12.30').compare_total(Decimal('12.3')),
      Decimal('NaN').compare_total(Decimal('sNaN')), Decimal('-1').compare_total_mag(Decimal('0.5')))
print(Decimal(1).max(Decimal('NaN')), Decimal(-3).max_mag(Decimal(2)), Decimal(-3).min_mag(2),
      Decimal('1.0').max(Decimal(1)), Decimal('-0').min(Decimal('0')))
print(Decimal(10).remainder_near(6), Decimal(10).remainder_near(4), Decimal(-10).remainder_near(3),
      Decimal(2).fma(3, 4), Decimal('1.5').copy_sign(Decimal('-2')), Decimal(5).copy_negate())
print(Decimal('1.23').same_quantum(Decimal('4.56')), Decimal('7E+1').scaleb(2), Decimal(123).logb(),
      Decimal('0.001').logb(), Decimal('1E-999999').is_subnormal(), Decimal('-1.5').number_class())
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(0),
      Decimal('Infinity').next_minus(), Decimal(0).next_plus())
print(Decimal(1101).logical_and(Decimal(1011)), Decimal(1101).logical_or(11),
      Decimal(110).logical_xor(Decimal(11)), Decimal(101).logical_invert(Context(prec=6)),
      Decimal(123456789).rotate(2), Decimal(123456789).shift(-3))
