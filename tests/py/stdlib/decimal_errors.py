# Error messages: wrong types, bad arguments, unsupported operations, trapped signals.
from decimal import *

def show(label, f, message=True):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e if message else '')

d = Decimal('1.5')
show('add str', lambda: d + 'x', False)  # CPython names the type 'decimal.Decimal'
show('radd str', lambda: 'x' + d, False)  # CPython names the type 'decimal.Decimal'
show('mul list', lambda: d * [1], False)  # CPython names the type 'decimal.Decimal'
show('ctor complex', lambda: Decimal(1j))
show('ctor bytes', lambda: Decimal(b'1'))
show('ctor dict', lambda: Decimal({}))
show('from_float str', lambda: Decimal.from_float('1.5'))
show('quantize float', lambda: d.quantize(0.1))
show('compare float', lambda: d.compare(0.5))
show('max str', lambda: d.max('1'))
show('round float', lambda: round(d, 1.0))
show('rounding bad', lambda: d.to_integral_value(rounding='bad'))
show('context add float', lambda: getcontext().add(d, 0.5))
show('context sqrt str', lambda: getcontext().sqrt('4'))
show('create_decimal list', lambda: getcontext().create_decimal([1, 2]))
show('format int', lambda: format(d, 5))
show('setcontext', lambda: setcontext(None))
show('localcontext', lambda: localcontext(5))
show('prec float', lambda: Context(prec=2.5))
show('Emin', lambda: Context(Emin=5))
show('rounding int', lambda: Context(rounding=1))
show('traps', lambda: Context(traps=5))
show('flags key', lambda: getcontext().flags[KeyError])
show('int nan', lambda: int(Decimal('NaN')))
show('int inf', lambda: int(Decimal('-Inf')))
show('float snan', lambda: float(Decimal('sNaN')))
show('float nan', lambda: float(Decimal('-NaN')))
show('hash snan', lambda: hash(Decimal('sNaN')))
show('ratio inf', lambda: Decimal('Inf').as_integer_ratio())
show('ratio nan', lambda: Decimal('NaN').as_integer_ratio())
show('1/0', lambda: Decimal(1) / Decimal(0))
show('0/0', lambda: Decimal(0) / Decimal(0))
show('inf*0', lambda: Decimal('Inf') * 0)
show('sqrt -2', lambda: Decimal(-2).sqrt())
show('ln -1', lambda: Decimal(-1).ln())
show('(-2)**0.5', lambda: Decimal(-2) ** Decimal('0.5'))
show('0**0', lambda: Decimal(0) ** 0)
show('0**-1', lambda: Decimal(0) ** -1)
show('overflow', lambda: Decimal('1E+999999') * 100)
show('snan cmp', lambda: Decimal('sNaN') == 1)
show('nan lt', lambda: Decimal('NaN') < 1)
show('nan max', lambda: Decimal('NaN').max(Decimal('sNaN')))
show('big floordiv', lambda: Decimal('1E+50') // 3)
show('bad string', lambda: Decimal('1,5'))
show('long payload', lambda: Context(prec=3).create_decimal('NaN12345'))
show('scaleb frac', lambda: Decimal(1).scaleb(Decimal('1.5')))
show('rotate big', lambda: Decimal(1).rotate(100))
show('logical bad', lambda: Decimal(12).logical_and(Decimal(1)))
with localcontext() as c:
    c.traps[Inexact] = True
    show('inexact trapped', lambda: Decimal(1) / 3)
    c.traps[Rounded] = True
    show('both trapped', lambda: Decimal(2) / 3)
    c.traps[Overflow] = False
    show('overflow untrapped', lambda: Decimal('9E+999999') * 10)
with localcontext(Context(traps=[Clamped, Subnormal, Underflow])) as c:
    show('underflow trapped', lambda: Decimal('1E-999999') / 10 ** 40)
    show('subnormal trapped', lambda: Decimal('1E-999999') / 10)
    show('clamped trapped', lambda: Decimal('0E-1000100') + 0)
    print([s.__name__ for s in c.flags if c.flags[s]])
