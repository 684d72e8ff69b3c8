from dataclasses import *
import dataclasses
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    count: ClassVar[int] = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(1, 3), p != Point(1, 2), Point.__hash__, Point.y, hasattr(Point, 'tags'))
print(fields(p)[0].name, [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, x=5), Point.__match_args__)
print(fields(Point)[1].default, fields(Point)[2].default_factory)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, [], 's', 5)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
v = V(1)
print(v < V(2), v <= V(1, 'z'), sorted([V(3), V(1, 'b'), V(1, 'a')]), hash(v) == hash(V(1)), {v: 1}[V(1)])
try: v.a = 3
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del v.a
except FrozenInstanceError as e: print(e)
@dataclass
class P3(Point):
    z: int = 9
    def __post_init__(self): self.total = self.x + self.y + self.z
q = P3(1, 2, z=3)
print(q, q.total, is_dataclass(q), is_dataclass(P3), is_dataclass(1))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False)
print(hash(H(1)) == hash(H(1, [1])), H(1))
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale): self.b = self.a * scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass
class Nest:
    pts: list
    d: dict
print(asdict(Nest([Point(1), Point(2)], {'k': Point(3)})))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try: K(1)
except TypeError as e: print(e)
@dataclass
class KO:
    a: int
    _: KW_ONLY
    b: int
print(KO(1, b=2))
C = make_dataclass('C', [('x', int), 'y', ('z', int, field(default=5))])
print(C(1, 2), C(1, 2, 3).z)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass
class Rec:
    a: object = None
r = Rec(); r.a = r
print(r)
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
@dataclass
class E: pass
print(E(), E() == E())
