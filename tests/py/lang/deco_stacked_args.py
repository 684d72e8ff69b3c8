# Decorators: evaluation and application order, arguments, class decorators, decorators
# returning non-callables, arbitrary expressions (PEP 614), and functools.wraps.
import functools

order = []
def tag(name):
    order.append(f"evaluate {name}")
    def deco(f):
        order.append(f"apply {name}")
        f.tags = getattr(f, "tags", []) + [name]
        return f
    return deco

@tag("outer")
@tag("middle")
@tag("inner")
def target():
    return "t"
print(order, target.tags)

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kw):
            return [fn(*args, **kw) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name, punct="!"):
    "Says hello."
    return f"hi {name}{punct}"
print(greet("bo"), greet.__name__, greet.__doc__, greet.__wrapped__("x", punct="?"))

# Decorators that return non-callables.
def to_value(f):
    return f()
@to_value
def answer():
    return 42
print(answer, type(answer).__name__)
@len
@str
@to_value
def number():
    return 12345
print(number)
def register(registry):
    def deco(f):
        registry[f.__name__] = f
        return None
    return deco
reg = {}
@register(reg)
def handler():
    return "handled"
print(handler, reg["handler"]())

# Arbitrary expressions as decorators.
decos = {"twice": lambda f: lambda x: f(f(x))}
@decos["twice"]
def inc(x):
    return x + 1
print(inc(5))
@(lambda f: f.__name__.upper())
def shout():
    pass
print(shout)
buttons = [lambda f: ("button0", f.__name__)]
@buttons[0]
def on_click():
    pass
print(on_click)

# Class decorators: adding methods, returning a different class, dataclass stacking.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def singleton(cls):
    return cls()
@add_repr
class P:
    def __init__(self, x):
        self.x = x
print(P(3))
@singleton
class settings:
    debug = True
print(settings.debug, type(settings).__name__)
from dataclasses import dataclass
@add_repr
@dataclass(order=True)
class V:
    a: int
    b: int = 0
print(V(1), V(1) < V(2), sorted([V(3), V(1, 5)]))

# Decorating methods: staticmethod/classmethod/property stacked with custom decorators.
def logged(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print("call", f.__qualname__)
        return f(*a, **k)
    return wrapper
class Svc:
    @classmethod
    @logged
    def create(cls):
        return cls.__name__
    @staticmethod
    @logged
    def util(x):
        return x * 2
    @property
    @logged
    def prop(self):
        return "prop"
print(Svc.create(), Svc.util(4), Svc().prop)

# A decorator raising prevents the definition.
def refuse(f):
    raise RuntimeError(f"refusing {f.__name__}")
try:
    @refuse
    def nope():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
print("nope" in globals())
