# quantize, normalize, to_integral, and format() with the mini-language.
from decimal import *

money = Decimal('0.01')
for v in ['2.675', '2.665', '-2.675', '1234.5', '0.005', '-0.005', '1E+3', '99.995', '0']:
    d = Decimal(v)
    print(v, [str(d.quantize(money, rounding=r)) for r in
              (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
               ROUND_HALF_DOWN, ROUND_05UP)])
c = getcontext()
c.clear_flags()
print(Decimal('3.14159').quantize(Decimal('0.001')), c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print(Decimal('3.100').quantize(Decimal('0.1')), c.flags[Inexact], c.flags[Rounded])
print(Decimal('7').quantize(Decimal('1E+1')), Decimal('7').quantize(Decimal('0.0001')),
      Decimal('-0').quantize(Decimal('0.01')), Decimal('Inf').quantize(Decimal('Inf')))
for bad in [('1.234', '1e-40'), ('1E+30', '0.01'), ('Inf', '1'), ('1', 'Inf')]:
    try:
        Decimal(bad[0]).quantize(Decimal(bad[1]))
    except InvalidOperation as e:
        print(bad, "InvalidOperation", e.args)
try:
    Decimal(1).quantize(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    Decimal(1).quantize(Decimal(1), rounding='UP')
except TypeError as e:
    print("TypeError", str(e).split('\n')[0])
print(Decimal(2).quantize(1), Decimal('2.5').quantize(Decimal(1), rounding=ROUND_HALF_UP))

for v in ['1.30', '100', '-0.000', '1.2E+5', '120E-3', 'NaN', '-Inf']:
    d = Decimal(v)
    print(v, d.normalize(), d.to_integral_value(), d.to_integral_exact(),
          d.to_integral(ROUND_CEILING), d.to_integral_value(rounding=ROUND_FLOOR))
print(Context(prec=3).normalize(Decimal('12345')), Context(Emax=5, clamp=1).normalize(Decimal('1E+5')))

specs = ['', '.3', ',', '10', '<10', '^12.2f', '>+15.4e', '.0f', '.2f', ',.2f', '012,.3f',
         '.5g', 'G', 'e', 'E', '%', '.1%', 'z.2f', ' .3e', 'n', '.3n', '08.1e', '=+12.3g',
         '*^20,.5f', '.0e', '.0g', 'F', '+', '-', '020,.2f', '.10f', '.30g']
vals = ['1234.5678', '-0.00012', '0E+5', '-0', '1E+20', '9.9999', '-1.5E-10', '0.000',
        '123456789.987654321', 'Infinity', '-NaN12', '1E-7']
for sp in specs:
    print(repr(sp), [format(Decimal(v), sp) for v in vals])
for sp in ['x', '#', '00', '<05', '*<05', '_', ',n', '.f', '10.2.3']:
    try:
        format(Decimal(1), sp)
    except ValueError as e:
        print(repr(sp), "ValueError", e)
print('{:,.2f} {:>12} {:.3e} {!r} {}'.format(Decimal('1234567.891'), Decimal('12.3'),
                                            Decimal('0.000123456'), Decimal('1.0'), Decimal('2.50')))
print(f"{Decimal('3.14159'):.2f} {Decimal('-42'):+08.2f} {Decimal('0.25'):%}")
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(Decimal('2.999'), '.2f'), format(Decimal('1.5E+10'), ''), format(Decimal('1E+10'), 'G'))
