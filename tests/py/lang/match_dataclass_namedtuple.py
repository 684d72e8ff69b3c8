# Class patterns with positional __match_args__ from dataclasses and namedtuples.
from dataclasses import dataclass, field
from collections import namedtuple
from typing import NamedTuple

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point
    label: str = ""
    tags: list = field(default_factory=list)

@dataclass(match_args=False)
class Opaque:
    v: int

@dataclass
class KwOnlyish:
    a: int
    _: int = 0

Vec = namedtuple("Vec", "dx dy")
class Color(NamedTuple):
    r: int
    g: int
    b: int = 0

print(Point.__match_args__, Line.__match_args__, Vec.__match_args__, Color.__match_args__)
print(hasattr(Opaque, "__match_args__"))

def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Line(Point(x1, y1), Point(x2, y2), label) if label:
            return f"line {label!r} ({x1},{y1})->({x2},{y2})"
        case Line(start, end, tags=[first, *_]):
            return f"tagged line from {start} first tag {first}"
        case Line(Point() as s, e):
            return f"unlabelled line {s.x}..{e.x}"
        case Vec(dx, dy=0):
            return f"horizontal vec {dx}"
        case Vec(0, dy):
            return f"vertical vec {dy}"
        case Color(r, g, b) if r == g == b:
            return f"grey {r}"
        case Color(255, _, _):
            return "reddish"
        case Color(r=r, b=b):
            return f"color r={r} b={b}"
        case Opaque(v=v):
            return f"opaque {v}"
        case (a, b):
            return f"pair {a} {b}"
        case _:
            return "unknown"

tests = [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2),
         Line(Point(0, 1), Point(2, 3), "L1"), Line(Point(0, 0), Point(1, 1), tags=["t1", "t2"]),
         Line(Point(5, 5), Point(6, 6)), Vec(3, 0), Vec(0, 7), Vec(1, 1), Color(9, 9, 9),
         Color(255, 1), Color(1, 2, 3), Opaque(4), (1, 2)]
for t in tests:
    print(describe(t))

# Too many positional subpatterns.
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Opaque(1):
        case Opaque(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# A hand-written __match_args__.
class Temp:
    __match_args__ = ("celsius", "unit")
    def __init__(self, c):
        self.celsius = c
        self.unit = "C"
match Temp(30):
    case Temp(c, "C") if c > 25:
        print("hot", c)
try:
    class BadArgs:
        __match_args__ = ["x"]
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
# Missing attribute simply fails to match.
match Temp(1):
    case Temp(missing=1):
        print("no")
    case Temp():
        print("matched without attributes")
