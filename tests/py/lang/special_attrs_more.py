"""Module docstring for the special attribute test."""
# __name__, __qualname__, __module__, __doc__, __dict__, __class__ on the objects programs
# inspect, including nested and local definitions and assignment to __class__.
print(__doc__, __name__)

class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            def local():
                pass
            return local
        @classmethod
        def cm(cls):
            pass
        @staticmethod
        def sm():
            pass
    lam = lambda self: None

def func():
    class Local:
        def m(self):
            pass
    return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.Inner().method().__qualname__, Outer.Inner.cm.__qualname__, Outer.Inner.sm.__qualname__)
print(Outer.lam.__qualname__, Outer.lam.__name__, func().__qualname__, func().m.__qualname__)
print(Outer.__module__, Outer.Inner.method.__module__, Outer.__doc__, Outer.Inner.__doc__)
print(int.__module__, len.__module__, len.__qualname__, str.upper.__qualname__, list.append.__name__)
print([].append.__qualname__, [].append.__self__, str.join.__objclass__ if hasattr(str.join, "__objclass__") else "-")

# __name__ and __qualname__ are writable on functions and classes.
def f():
    "f doc"
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
f.__doc__ = "new doc"
print(f.__name__, f.__qualname__, f.__doc__)
Outer.__name__ = "Outer2"
print(Outer.__name__, Outer.__qualname__, repr(Outer).endswith("Outer'>"))
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)

# __dict__ of functions, instances and modules.
f.custom = 1
print(f.__dict__, vars(f) is f.__dict__)
class P:
    cls_attr = 0
    def __init__(self):
        self.a = 1
o = P()
print(o.__dict__, "cls_attr" in P.__dict__, "a" in P.__dict__)
o.__dict__["b"] = 2
print(o.b, sorted(vars(o)))
o.__dict__ = {"z": 26}
print(o.z, hasattr(o, "a"))
try:
    o.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
import sys
mod = sys.modules[__name__]
print(mod.__dict__ is globals(), mod.__name__, mod.__doc__.split()[0])

# __class__ assignment between compatible classes.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
x = A()
x.__class__ = B
print(x.who(), type(x).__name__, isinstance(x, B))
for target, cls in ((x, int), (1, bool)):
    try:
        target.__class__ = cls
    except TypeError as e:
        print(type(e).__name__, e)

# __doc__ when absent, and docstrings of methods and properties.
class NoDoc:
    def m(self):
        pass
print(NoDoc.__doc__, NoDoc.m.__doc__, (lambda: 0).__doc__)
def g():
    """First line.

    More lines."""
print(repr(g.__doc__))
# __defaults__, __kwdefaults__, __code__ basics.
def h(a, b=2, *, c=3):
    pass
print(h.__defaults__, h.__kwdefaults__, h.__code__.co_argcount, h.__code__.co_kwonlyargcount, h.__code__.co_name)
h.__defaults__ = (20,)
print(h.__defaults__)
