# Binary operator dispatch: reflected methods, the subclass-first rule, NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("  Money.__add__", type(other).__name__)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  Money.__radd__", type(other).__name__)
        if other == 0:
            return self
        return self.__add__(other)
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__

class Euro(Money):
    def __radd__(self, other):
        print("  Euro.__radd__", type(other).__name__)
        return Euro(other.cents + self.cents + 1000)
    def __repr__(self):
        return f"Euro({self.cents})"

print(Money(1) + Money(2))
print(Money(1) + 5)
print(5 + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
# The right operand's subclass reflected method is tried first.
print(Money(1) + Euro(2))
print(Euro(1) + Money(2))
print(3 * Money(2), Money(2) * 3)
try:
    Money(1) * 2.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 + Money(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Money(1)
except TypeError as e:
    print(type(e).__name__, e)

# Subclass with the same (inherited, not overridden) reflected method: left goes first.
class Plain(Money):
    pass
print(Money(1) + Plain(2))

# Every binary operator falls back to the reflected one; messages name the operator.
class Nothing:
    pass
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b),
    ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
    ("@", lambda a, b: a @ b), ("divmod", divmod),
]
for name, f in ops:
    try:
        f(Nothing(), 1)
    except TypeError as e:
        print(name, "|", e)
class R:
    def __getattr__(self, n):
        raise AttributeError(n)
for name in ("radd", "rsub", "rmul", "rtruediv", "rfloordiv", "rmod", "rpow", "rlshift",
             "rrshift", "rand", "ror", "rxor", "rmatmul", "rdivmod"):
    setattr(R, f"__{name}__", (lambda nm: lambda self, other: (nm, other))(name))
r = R()
print(1 + r, 1 - r, 1 * r, 1 / r, 1 // r, 1 % r, 1 ** r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, 1 @ r if False else [] @ r, divmod(1, r))
# pow with three arguments does not try __rpow__.
try:
    pow(2, r, 5)
except TypeError as e:
    print(type(e).__name__, e)
