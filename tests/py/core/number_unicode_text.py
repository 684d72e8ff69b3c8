# int(), float() and complex() of str accept Unicode decimal digits of any script and
# strip Unicode whitespace, as CPython does; anything else non-ASCII is invalid.
print(int('١٢'), int('\uff11\uff12'), float('١.٥'), float('１.５'))
print(int('\u20001\u3000'), int('\xa0-7\xa0'), int('1\x85'), int('1_٢'), int('٣', 16))
print(float('١e٢'), float('\u2003-२.५\u2003'), complex('١٢j'), complex('(١+٢j)'))
for f in (int, float, complex):
    for s in ['1\x1c', '\x1c1', '12\u00b2', '١e٢', '١٢j', '(١+٢j)', '\u0661\u0662\u00bd',
              ' \u3000 ', '', 'x٣']:
        try:
            print(f.__name__, repr(s), f(s))
        except ValueError as e:
            print(f.__name__, repr(s), type(e).__name__, e)
try:
    int('١٢'.encode())
except ValueError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(int(S('٤٢')), float(S('٤.٢')))
for b in [b'\xff1', b"'1", b'1 2']:
    for f in (int, float):
        try:
            f(b)
        except ValueError as e:
            print(type(e).__name__, e)
