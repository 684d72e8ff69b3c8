class A:
    x = 1
    def f(self): pass
print(A.__dict__["x"], "f" in A.__dict__, "__init__" in A.__dict__)
try:
    A.__dict__["x"] = 2
except TypeError as e:
    print("TypeError:", type(e).__name__)
setattr(A, "y", 3)
print(A.y, A.__dict__["y"])
a = A()
a.__dict__["z"] = 9
print(a.z)
a.__dict__ = {"w": 1}
print(a.w, hasattr(a, "z"))
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(A.__name__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A).endswith("A'>"))
A.__qualname__ = "Q.Renamed"
print(A.__qualname__)
class B(A): pass
print(B.__dict__.get("x"), B.x)
print(type(a).__dict__ is A.__dict__ or True)
print(sorted(k for k in vars(B)))
def add_method(cls):
    cls.added = lambda self: "added to " + type(self).__name__
add_method(B)
print(B().added())
