# Fraction errors: division by zero (messages show the cancelled numerator), bad types.
from fractions import Fraction as F
tests = [lambda: F(3, 4) / 0, lambda: F(-3, 4) / 0, lambda: F(0) / 0, lambda: 1 / F(0),
         lambda: F(6, 5) / F(0), lambda: F(0) ** -1, lambda: F(0) ** -3, lambda: F(-2, 3) // 0,
         lambda: F(1, 2) % 0, lambda: divmod(F(1, 2), 0), lambda: 5 % F(0), lambda: F(1, 2) + 'a',
         lambda: 'a' - F(1, 2), lambda: F(1, 2) < 'a', lambda: F(1, 2) < 1j, lambda: F(1, 2) // 1j,
         lambda: F(1, 2) & 1, lambda: F("1/0"), lambda: F(1, 2).numerator.bit_length(),
         lambda: setattr(F(1, 2), 'numerator', 3), lambda: F(1, 2) == 'x', lambda: F(1, 2) != None,
         lambda: int(F(7, 2)), lambda: float(F(10**400, 3)),
         lambda: round(F(1, 3), 'x'), lambda: F(1, 2).limit_denominator(-5),
         lambda: F(1, 2) ** F(1, 2) * 0, lambda: float(F(1, 10**400))]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
