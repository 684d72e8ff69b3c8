# A Fraction class with operators, normalization and comparisons.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _wrap(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac._wrap(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac._wrap(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Frac._wrap(o) - self
    def __mul__(self, o):
        o = Frac._wrap(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac._wrap(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __eq__(self, o):
        o = Frac._wrap(o)
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = Frac._wrap(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return "%d/%d" % (self.num, self.den) if self.den != 1 else str(self.num)
half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, -half, 1 + half, 1 - third, 2 * third)
print(Frac(6, -8), Frac(0, 5), Frac(10, 5), half == Frac(2, 4), half < third, third <= third)
h = Frac(0)
for n in range(1, 21):
    h = h + Frac(1, n)
print("H20 =", h, round(float(h), 6))
print(sorted([Frac(3, 4), Frac(1, 8), Frac(5, 6), Frac(-1, 2)]), max(Frac(2, 3), Frac(3, 5)))
print(sum([Frac(1, 2 ** k) for k in range(1, 11)], Frac(0)), {Frac(1, 2): "half"}[Frac(3, 6)])
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
e_approx = Frac(0)
fact = 1
for k in range(15):
    if k:
        fact *= k
    e_approx = e_approx + Frac(1, fact)
print(e_approx, float(e_approx))
