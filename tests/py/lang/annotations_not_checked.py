# Annotations are stored, evaluated at definition time, and never checked.
import sys
counter = 0
def ann(label):
    global counter
    counter += 1
    print("evaluating annotation", label)
    return label

x: int = "not an int"
y: ann("module y")
z: list[int]
print(x, __annotations__, "y" in globals(), "z" in globals())
try:
    y
except NameError as e:
    print(type(e).__name__, e)

def f(a: ann("a"), b: "str" = 5, *args: ann("args"), c: float = 1, **kw: dict) -> ann("ret"):
    local: ann("local never evaluated") = 1
    return a, b, c
print(f(1), f.__annotations__)
print(counter)

class C:
    attr: int
    with_value: str = "v"
    other: ann("class other")
    def m(self) -> None:
        self.inst: int = 5
print(C.__annotations__, hasattr(C, "attr"), C.with_value)
c = C()
c.m()
print(c.inst, "inst" in C.__annotations__)

# Annotated assignment to attributes and subscripts evaluates the target but stores nothing.
d = {}
d["k"]: int = 1
c.extra: str = "e"
print(d, c.extra, "k" in __annotations__, "extra" in C.__annotations__)
lst = [0]
lst[0]: ann("subscript target") = 9
print(lst)

# Parenthesized names are not simple: not stored in __annotations__.
(paren): int = 3
print("paren" in __annotations__, paren)

# Annotations inside functions are not stored anywhere (no local __annotations__).
def g():
    v: int = 1
    w: str
    return locals()
print(g())

# __annotations__ is a plain dict, writable, and can be deleted on classes and functions.
f.__annotations__["new"] = bool
print(f.__annotations__["new"], type(f.__annotations__).__name__)
def h():
    pass
print(h.__annotations__)
h.__annotations__ = {"x": int}
print(h.__annotations__)
class NoAnn:
    pass
print(NoAnn.__annotations__ if "__annotations__" in NoAnn.__dict__ else "no class annotations")

# Annotations on a subclass don't merge with the base's.
class Base:
    a: int
class Derived(Base):
    b: str
print(Base.__annotations__, Derived.__annotations__)
# typing.get_type_hints resolves string annotations.
import typing
def hinted(p: "int", q: "list[str]") -> "bool":
    pass
print(typing.get_type_hints(hinted))
print(sys.modules[__name__].__annotations__ is __annotations__)
