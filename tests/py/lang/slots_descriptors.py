class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    __slots__ = ()
c = C()
c.a = 1; c.b = 2
print(c.a, c.b, hasattr(c, "__dict__"))
print(type(A.__dict__["a"]).__name__, A.a.__name__ if hasattr(A.a, "__name__") else "?")
print(A.a.__get__(c), B.b.__get__(c))
A.a.__set__(c, 10)
print(c.a)
A.a.__delete__(c)
print(hasattr(c, "a"))
class W:
    __slots__ = ("__weakref__", "v")
w = W(); w.v = 1
print(w.v)
class Priv:
    __slots__ = ("__secret",)
    def __init__(self): self.__secret = "s"
    def get(self): return self.__secret
print(Priv().get(), "_Priv__secret" in Priv.__dict__)
class WithProp:
    __slots__ = ("_x",)
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
wp = WithProp(); wp.x = 4; print(wp.x)
class Def:
    __slots__ = ("a", "b")
    def __init__(self, **kw):
        for k, v in kw.items(): setattr(self, k, v)
    def __repr__(self):
        return "Def(" + ", ".join(f"{s}={getattr(self, s, None)!r}" for s in self.__slots__) + ")"
print(Def(a=1), Def(b="x"))
try:
    Def(c=1)
except AttributeError as e:
    print("AttributeError:", e)
