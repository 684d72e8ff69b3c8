def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
REG = []
@register(REG)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
print(Point(1, "a"), REG)
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class One: pass
print(One() is One())
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def sq(x): return x * x
print(sq(3), sq(4), sq.calls, type(sq).__name__)
class Method:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, t=None):
        if obj is None: return self
        return lambda *a: ("bound", self.fn(obj, *a))
class C:
    @Method
    def m(self, x): return x + 1
print(C().m(1))
import dataclasses
@dataclasses.dataclass
class DC:
    a: int
    b: str = "z"
print(DC(1), DC(2, "q") == DC(2, "q"))
@dataclasses.dataclass(frozen=True, order=True)
class F:
    x: int
print(F(1) < F(2), sorted([F(3), F(1)]))
try:
    F(1).x = 5
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
class Meth:
    @staticmethod
    @Deco
    def s(x): return x
print(Meth.s(9))
