# Class patterns: __match_args__, keyword attributes, builtins matching themselves.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d flat {x} {y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(1, 2, 3), 5]:
    print(where(p))

def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case list():
            return "empty list"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set() | frozenset():
            return "some set"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", [7, 8], [], (1,), {"a": 1}, {1}, frozenset(), None]:
    print(kind(v))

class MyInt(int):
    pass

match MyInt(7):
    case MyInt(n):
        print("MyInt", n, type(n).__name__)

# Missing attribute: no match, no error
class Empty:
    pass

match Empty():
    case Empty(foo=1):
        print("wrong")
    case Empty():
        print("empty ok")

# Attributes come from properties too
class Temp:
    __match_args__ = ("celsius",)

    @property
    def celsius(self):
        return 21

match Temp():
    case Temp(c):
        print("temp", c)

# Class pattern with a dotted name
import math as m2
class NS:
    P = Point
match Point(4, 5):
    case NS.P(a, b):
        print("dotted", a, b)
