x_global = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("x_global" in globals(), globals()["__name__"])
globals()["dynamic"] = "made via globals()"
print(dynamic)
class C:
    cls_attr = 1
    def __init__(self): self.inst = 2
    def meth(self): pass
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(c) if not n.startswith("__")])
print("__init__" in dir(C), "meth" in dir(c))
class Custom:
    def __dir__(self): return ["zeta", "alpha"]
print(dir(Custom()))
def g():
    local_only = 1
    return dir()
print(g())
print(callable(len), callable(C), callable(c), callable(c.meth), callable(1), callable(lambda: 0))
class Call:
    def __call__(self): pass
print(callable(Call()), callable(Call))
print(type(vars()) is dict, vars() is globals())
def h():
    x = 1
    l = locals()
    l["x"] = 99
    return x
print(h())
import math
print("sqrt" in dir(math), callable(math.sqrt))
print(getattr(math, "pi") == math.pi, hasattr(math, "nope"))
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, (int,)))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(sorted(k for k in dir(object) if k in ("__eq__", "__hash__", "__repr__")))
