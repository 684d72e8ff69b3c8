# sqrt, exp, ln, log10 and powers: correctly rounded results and their flags.
from decimal import *

def flags(c):
    return [s.__name__ for s in (Inexact, Rounded, Subnormal, Underflow, Overflow, Clamped, InvalidOperation, DivisionByZero) if c.flags[s]]

for prec in (5, 28, 60):
    c = Context(prec=prec, traps=[])
    for v in ['2', '0.5', '100', '1E-5', '10', '3.14159', '1.0000001', '0.0400', '1E+100',
              '-1', '0', 'Inf', 'NaN']:
        d = Decimal(v)
        row = []
        for f in (c.sqrt, c.exp, c.ln, c.log10):
            c.clear_flags()
            row.append('%s %s' % (f(d), ''.join(n[:3] for n in flags(c))))
        print(prec, v, row)

c = Context(prec=10, traps=[])
for v in ['-2302585.093', '2302585.093', '-2302600', '2302600', '1E-30', '-1E-30', '700']:
    c.clear_flags()
    print(v, c.exp(Decimal(v)), flags(c))
print(Decimal(1).exp(), Decimal(-1).exp(), Decimal(2).ln(), Decimal(10).ln(), Decimal(2).log10(),
      Decimal('1000').log10(), Decimal('0.0100').log10(), Decimal('1.000').ln())
for r in (ROUND_DOWN, ROUND_UP, ROUND_CEILING):
    c = Context(prec=5, rounding=r)
    print(r, c.exp(Decimal(1)), c.ln(Decimal(3)), c.sqrt(Decimal(2)), c.power(2, Decimal('0.5')),
          c.power(3, -1), c.power(7, 7))

pairs = [('2', '10'), ('2', '-2'), ('2', '0.5'), ('4', '0.5'), ('-8', '3'), ('-2', '-3'),
         ('10', '-2'), ('1.1', '-2'), ('0', '0'), ('0', '-1'), ('-0', '3'), ('0', '1.5'),
         ('Inf', '2'), ('Inf', '-2'), ('-Inf', '3'), ('2', 'Inf'), ('0.5', 'Inf'), ('1', 'Inf'),
         ('-2', '0.5'), ('1.000', '3'), ('1.0', '-2'), ('-1', '1E+20'), ('10', '1E+7'),
         ('10', '-1E+7'), ('1.0001', '10000'), ('3', '100'), ('2.5', '2.5'), ('9', '-0.5'),
         ('NaN', '0'), ('1', 'NaN'), ('sNaN', '1')]
for prec in (9, 28):
    c = Context(prec=prec, traps=[])
    for a, b in pairs:
        c.clear_flags()
        r = c.power(Decimal(a), Decimal(b))
        print(prec, a, b, r, ''.join(n[:3] for n in flags(c)))
print(pow(Decimal(3), 4, 7), pow(Decimal(-3), 3, 7), pow(Decimal(2), 100, 10**9 + 7), Decimal(2) ** 3,
      2 ** Decimal(3), Decimal(2) ** -1, Decimal(4) ** Decimal('0.5'))
for args in [(Decimal('2.5'), 2, 3), (2, -1, 3), (2, 2, 0), (0, 0, 3)]:
    try:
        print(pow(Decimal(args[0]), args[1], args[2]))
    except InvalidOperation as e:
        print(args, "InvalidOperation", e.args)
with localcontext(prec=50):
    print(Decimal(2).sqrt(), Decimal(3).exp(), Decimal(7).ln(), Decimal(7).log10(),
          Decimal(2) ** Decimal('0.3'))
for bad in ['-1', '0']:
    for f in ('sqrt', 'ln', 'log10'):
        try:
            print(bad, f, getattr(Decimal(bad), f)())
        except InvalidOperation as e:
            print(bad, f, "InvalidOperation", e.args)
try:
    Decimal(10) ** Decimal(1000000)
except Overflow as e:
    print("Overflow", e.args)
