# super() with and without arguments in the places real code uses it.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
    def __init__(self, x):
        self.x = x
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def helper(v):
        return v * 2
    def describe(self):
        return f"Base({self.x})"
    @property
    def size(self):
        return 1

class Child(Base, tag="child"):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(tag="grand", **kw)
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
    @classmethod
    def make(cls, x):
        obj = super().make(x + 1)
        obj.y = "from make"
        return obj
    @staticmethod
    def helper(v):
        return super(Child, Child).helper(v) + 1
    def describe(self):
        inner = lambda: super(Child, self).describe()
        def nested():
            return inner() + "+nested"
        return "Child:" + nested() + ":" + super().describe()
    @property
    def size(self):
        return super().size + 10

class Grand(Child):
    def describe(self):
        parts = [super().describe()]
        parts += [s for s in [super().describe()] if s]
        return "|".join(parts)

print(Base.registry)
c = Child.make(1)
print(c.x, c.y, Child.helper(5), c.size)
print(c.describe())
print(Grand(3).describe())

# super() in __new__ and with two-argument forms.
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
s = super(Child, c)
print(s.describe(), super(Base, c).__init__ is not None)
print(super(Child, Grand).make(7).__class__.__name__)
print(super(Grand, Grand).helper(4))

# Zero-arg super in a staticmethod has no first argument.
class NoArgs:
    @staticmethod
    def f():
        return super().__repr__()
try:
    NoArgs.f()
except RuntimeError as e:
    print(type(e).__name__, e)

# Calling a function with __class__ cell outside its class.
class Holder:
    def m(self):
        return super().m() if False else __class__.__name__
print(Holder().m())

# super() resolves through the class the method was defined in, not type(self).
class P:
    def hi(self): return "P"
class Q(P):
    def hi(self): return "Q>" + super().hi()
class R(Q):
    pass
print(R().hi(), super(Q, R()).hi())
try:
    super(R, P())
except TypeError as e:
    print(type(e).__name__, e)
