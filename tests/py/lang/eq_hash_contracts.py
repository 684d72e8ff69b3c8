# How __eq__ and __hash__ interact: implicit __hash__ = None, inheritance, unhashable errors.
class Plain:
    pass
class OnlyEq:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.k == o.k
class EqHash(OnlyEq):
    def __hash__(self): return hash(self.k)
class InheritsEq(OnlyEq):
    pass
class KeepsHash(EqHash):
    def __eq__(self, o): return super().__eq__(o)
class ExplicitKeep(EqHash):
    def __eq__(self, o): return super().__eq__(o)
    __hash__ = EqHash.__hash__

print("__hash__" in OnlyEq.__dict__, OnlyEq.__hash__)
print(Plain.__hash__ is object.__hash__, EqHash.__hash__ is not None)
for cls in (OnlyEq, InheritsEq, KeepsHash):
    try:
        hash(cls(1))
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
print(hash(ExplicitKeep(3)) == hash(3))
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), {EqHash(1): "a"}[EqHash(1)])

for v in ([1], {1: 2}, {1}, bytearray(b"x"), ([],)):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1, 2} | {[3]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.setdefault({}, 1)
except TypeError as e:
    print(type(e).__name__, e)

# Equal numbers hash equal across types.
print(hash(1) == hash(1.0) == hash(True), hash(2**61 - 1 + 5) == hash(5), hash(-1) == hash(-2))
print(hash(1.5) == hash(3 / 2), hash(0.0) == hash(-0.0), hash(complex(2, 0)) == hash(2))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({1: "int", 1.0: "float", True: "bool"})

# __hash__ returning something odd.
class BadHash:
    def __hash__(self): return "x"
class BigHash:
    def __hash__(self): return 2**100
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(BigHash()) == hash(2**100))

# A dict keeps the first key object on equal-key assignment.
d = {EqHash(1): "first"}
k2 = EqHash(1)
d[k2] = "second"
print([(type(k).__name__, v) for k, v in d.items()], next(iter(d)) is k2)

# __eq__ raising propagates out of dict lookup.
class Raises:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError("eq failed")
d = {Raises(): 1}
try:
    d[Raises()]
except RuntimeError as e:
    print(type(e).__name__, e)

# dataclass rules: eq=True sets __hash__ to None unless frozen.
from dataclasses import dataclass
@dataclass
class DC:
    x: int
@dataclass(frozen=True)
class FDC:
    x: int
print(DC.__hash__, hash(FDC(1)) == hash(FDC(1)), DC(1) == DC(1), FDC(1) == FDC(2))
