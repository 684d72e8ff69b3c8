# Operator dunders on a vector class; __str__/__repr__/__eq__/__lt__/__hash__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s, %s>" % (self.x, self.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __invert__(self):
        return Vec(~self.x, ~self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a, repr(b), [a, b], a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 3, -a, +a, abs(b))
print(a == Vec(1, 2), a != b, a == (1, 2), a < b, b > a, a > Vec(0, 0))
print(sorted([Vec(3, 4), Vec(0, 1), Vec(1, 1)]), max([a, b]), min(b, a), bool(Vec(0, 0)), bool(a))
print(a ** 2, Vec(6, 5) & Vec(3, 3), a << 2, ~a, {a: "a", Vec(1, 2): "same"}, len({a, Vec(1, 2), b}))
acc = Vec(0, 0)
for i in range(5):
    acc += Vec(i, i * i)
print(acc, str(acc), f"{acc}", f"{acc!r}", "%s %r" % (acc, acc))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.cents + o)
        return Money(self.cents + o.cents)
    __radd__ = __add__
    def __iadd__(self, o):
        self.cents += o.cents if isinstance(o, Money) else o
        return self
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __le__(self, o):
        return self.cents <= o.cents
print(sum([Money(150), Money(275), Money(5)]), Money(1) + 2, 3 + Money(1), Money(100) <= Money(100))
m = Money(10)
m2 = m
m += Money(5)
print(m, m2, m is m2)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
print(a < 3, a < 2)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) < Money(2)
except TypeError as e:
    print("TypeError:", e)
