# __slots__ with inheritance, __dict__/__weakref__ slots and the errors.
import weakref

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p)
print(type(Point.__dict__["x"]).__name__, Point.x.__name__, Point.x.__objclass__.__name__)

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3.x, p3.z, hasattr(p3, "__dict__"))

class Loose(Point):
    pass
lp = Loose(1, 2)
lp.extra = "ok"
print(lp.__dict__, lp.x)

class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)

class NoWeak:
    __slots__ = ("v",)
print(hasattr(NoWeak(), "__weakref__"), hasattr(NoWeak(), "__dict__"))
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)
class Weak:
    __slots__ = ("v", "__weakref__")
w = Weak()
r = weakref.ref(w)
print(r() is w)

# A single string is one slot name.
class One:
    __slots__ = "only"
o = One()
o.only = 5
print(o.only, One.__slots__)

# Slot conflicts with class variables.
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)

# Slots with defaults through a class-level descriptor and __init_subclass__.
class Record:
    __slots__ = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.fields = cls.__slots__
class User(Record):
    __slots__ = ("name", "age")
u = User()
u.name, u.age = "ann", 30
print(User.fields, u.name, u.age)
print(sorted(n for n in dir(u) if not n.startswith("_")))

# Private names are mangled in __slots__.
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
print(Priv().get(), "_Priv__secret" in dir(Priv))
