class DataD:
    def __get__(self, o, t=None): return "data descr"
    def __set__(self, o, v): print("data set", v)
class NonD:
    def __get__(self, o, t=None): return "nondata descr"
class C:
    d = DataD()
    n = NonD()
    plain = "class attr"
c = C()
c.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(c.d, c.n, c.plain)
c.d = 5
print(c.__dict__["d"])
print(C.d, C.n, C.plain)
class Base:
    attr = "base"
class Derived(Base):
    pass
dd = Derived()
print(dd.attr)
Base.attr = "changed"
print(dd.attr)
Derived.attr = "derived"
print(dd.attr, Base.attr)
del Derived.attr
print(dd.attr)
class MetaD(type):
    x = "from meta"
    @property
    def y(cls): return "meta property"
class K(metaclass=MetaD):
    y = "class y"
print(K.x, K.y)
try:
    K().x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(K, "x"), K.__dict__.get("x"))
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "recovered " + name
print(Both().boom)
class KeyErr:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    getattr(KeyErr(), "x", "dflt")
except KeyError as e:
    print("KeyError propagates:", e)
