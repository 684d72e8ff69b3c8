# __prepare__ returning custom namespaces: ordering, duplicate detection, auto values.
class NoDupDict(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate attribute {key!r}")
        super().__setitem__(key, value)

class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return NoDupDict()
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))

class Ok(metaclass=Strict, flag=True):
    a = 1
    b = 2
print(Ok.a, Ok.b, type(Ok.__dict__).__name__)
try:
    class Bad(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)

# Auto-numbering names that are looked up but missing (enum-like).
class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.count = 0
    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        self.count += 1
        self[key] = self.count
        return self.count
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)

# Definition order is kept in __dict__.
class Ordered(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Form(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def mid(self): pass
    beta = 3
print(Form.order)


# __prepare__ is found on type itself and returns a fresh dict.
ns = type.__prepare__("X", ())
print(type(ns).__name__, ns)

# __init_subclass__ keyword arguments pass through type.__new__.
class Base:
    def __init_subclass__(cls, /, label="none", **kw):
        super().__init_subclass__(**kw)
        cls.label = label
class Sub(Base, label="custom"):
    pass
print(Sub.label)
try:
    class Sub2(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
