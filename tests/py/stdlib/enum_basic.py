from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f'{self.name} is {self.value}'
    @classmethod
    def favorite(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED.describe(), Color.favorite())
print(Color.RED.name, Color.RED.value, Color.RED in Color,  isinstance(Color.RED, Color), type(Color.RED), Color, Color.__members__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, {Color.RED: 'r'}[Color.CRIMSON], f'{Color.RED}', '%s' % Color.BLUE, format(Color.RED, '>12'))
print(list(reversed(Color)), [m.name for m in Color], sorted(Color, key=lambda m: -m.value))
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class C2(Color): X = 1
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    class D(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), A.W.value)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.A == 'a', f'{S.B}', S('bee'), S.A.upper(), isinstance(S.A, str))
class II(IntEnum):
    A = 1
    B = 2
print(repr(II.A), str(II.A), II.A + 1, f'{II.A}', II.A == 1, format(II.A, '03d'), II(2), II.B > II.A, sorted([II.B, II.A]), int(II.B), [1, 2, 3][II.A])
class P(Flag):
    R = 4
    W = 2
    X = 1
rw = P.R | P.W
print(repr(rw), str(rw), repr(P(0)), str(P(0)), repr(~P.R), list(rw), len(rw), P.R in rw, P.X in rw, bool(P(0)), repr(P.R & P.W), repr(rw ^ P.W), list(P), P(6) is rw)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, IP.R & 4, isinstance(IP.R, int), IP.R + 1, repr(IP(7)), repr(IP(0)))
class F2(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(list(F2), F2.AB, repr(F2.C), F2.A | F2.B is F2.AB)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
Sh = Enum('Sh', [('SQ', 2), ('CI', 5)])
print(list(Sh), Sh.CI.value)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
print(Shape(99))
class Ord(Enum):
    _ignore_ = 'tmp'
    A = 1
    tmp = 5
print(list(Ord))
print(Color.RED.__class__.__name__, Color.__name__, Color.RED._value_)
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('green')
