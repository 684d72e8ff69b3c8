x: int = 5
y: list[int]
z: "forward"
print(__annotations__)
print(x, "y" in globals())
class C:
    a: int
    b: str = "s"
    c: dict[str, int] = {}
    def m(self, p: float, *args: int, q: bool = True, **kw: str) -> None:
        loc: int = 3
        return loc
print(C.__annotations__)
print(C.m.__annotations__)
print(C.b, hasattr(C, "a"))
def f(a, b: "B" = 1) -> "R": pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
class D(C):
    d: float
print(D.__annotations__)
obj = C()
obj.attr: int = 7
print(obj.attr)
lst = [0]
lst[0]: int = 9
print(lst)
def h():
    v: int
    try:
        return v
    except UnboundLocalError:
        return "unbound"
print(h())
lam = lambda a: a
print(lam.__annotations__)
class E:
    pass
print(E.__dict__.get("__annotations__", "none"))
(par): int = 3
print(par, __annotations__.get("par"))
