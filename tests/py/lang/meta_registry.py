# Metaclasses as frameworks use them: registries, __call__ hooks, __new__ rewriting
# the namespace, keyword arguments, inheritance of the metaclass and conflicts.
class PluginMeta(type):
    plugins = {}
    def __new__(mcls, name, bases, ns, *, key=None, **kw):
        ns.setdefault("key", key or name.lower())
        ns["fields"] = tuple(k for k, v in ns.items() if isinstance(v, int) and not k.startswith("_"))
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if bases:
            mcls.plugins[cls.key] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def __call__(cls, *args, **kw):
        print("creating", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        inst.created_by_meta = True
        return inst
    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

class Plugin(metaclass=PluginMeta):
    def __init__(self, value=0):
        self.value = value

class Csv(Plugin, key="csv"):
    width = 3
    height = 4
class Json(Plugin):
    depth = 2

print(PluginMeta.plugins)
print(Csv.fields, Json.fields, Csv.key, Json.key, Csv.initialized)
j = Json(5)
print(j.value, j.created_by_meta, type(Json).__name__, type(j).__name__)
print(repr(Csv), isinstance(Csv, PluginMeta), issubclass(PluginMeta, type))

# Singleton via metaclass __call__.
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *a, **kw):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **kw)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self):
        print("Config init")
print(Config() is Config())

# Metaclass of a derived class is the most derived of the bases' metaclasses.
class M1(type): pass
class M2(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
print(type(C).__name__)
class Other(type): pass
class D(metaclass=Other): pass
try:
    class E(A, D): pass
except TypeError as e:
    print(type(e).__name__, e)

# A plain function as metaclass.
def upper_attrs(name, bases, ns):
    return type(name, bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})
class Shout(metaclass=upper_attrs):
    greeting = "hi"
print(Shout.GREETING, hasattr(Shout, "greeting"), type(Shout).__name__)

# type(name, bases, ns) builds classes dynamically, with methods and qualname.
def area(self):
    return self.w * self.h
Rect = type("Rect", (object,), {"w": 2, "h": 3, "area": area, "__doc__": "A rect."})
print(Rect().area(), Rect.__name__, Rect.__qualname__, Rect.__doc__, Rect.__module__)
Sq = type("Sq", (Rect,), {"h": 2})
print(Sq().area(), Sq.__mro__[1].__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
print(type(5) is int, type.__call__(int, "7"))

# Methods of the metaclass are visible on the class but not on instances.
class Meta(type):
    def describe(cls):
        return "class " + cls.__name__
class Thing(metaclass=Meta):
    pass
print(Thing.describe())
try:
    Thing().describe()
except AttributeError as e:
    print(type(e).__name__, e)
