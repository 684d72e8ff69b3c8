class Outer:
    """Outer doc."""
    x: int = 1
    y: "str"
    class Inner:
        def meth(self): pass
    def method(self):
        def local(): pass
        return local
def func(a: int, b: str = "x") -> bool:
    "func doc"
    return True
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
print(Outer().method().__qualname__, Outer().method().__name__)
print(func.__name__, func.__qualname__, func.__doc__, func.__module__)
print(func.__annotations__)
print(Outer.__annotations__)
print(func.__defaults__, func.__kwdefaults__)
def kw(*, a=1, b): pass
print(kw.__kwdefaults__)
o = Outer()
o.z = 5
print(o.__dict__, o.__class__.__name__, o.__class__ is Outer)
print("method" in Outer.__dict__, "z" in Outer.__dict__)
print(type(Outer.__dict__).__name__)
class NoDoc: pass
print(NoDoc.__doc__)
print(__name__)
o.__class__ = NoDoc if False else Outer
class Other:
    def hi(self): return "other hi"
class Me:
    def hi(self): return "me hi"
m = Me()
m.__class__ = Other
print(m.hi(), type(m).__name__)
print(func.__code__.co_name, func.__code__.co_argcount, func.__code__.co_varnames)
print(func.__globals__ is globals())
func.__doc__ = "changed"
func.custom = 1
print(func.__doc__, func.custom, func.__dict__)
print(int.__name__, int.__qualname__, int.__module__, len.__name__, len.__module__)
print((1).__class__, [].__class__.__name__)
print(Outer.__bases__, object.__bases__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
