class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print("computing", self.name)
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class C:
    def __init__(self, n): self.n = n
    @cached
    def square(self): return self.n ** 2
c = C(7)
print(c.square, c.square, c.__dict__)
print(type(C.square).__name__)
import functools
class D:
    calls = 0
    @functools.cached_property
    def val(self):
        D.calls += 1
        return "val"
d = D()
print(d.val, d.val, D.calls)
del d.val
print(d.val, D.calls)
class Typed:
    def __init__(self, t): self.t = t
    def __set_name__(self, o, n): self.n = n
    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__.get(self.n)
    def __set__(self, obj, v):
        if not isinstance(v, self.t):
            raise TypeError(f"{self.n} must be {self.t.__name__}")
        obj.__dict__[self.n] = v
class P:
    x = Typed(int)
    s = Typed(str)
p = P(); p.x = 3; p.s = "ok"
print(p.x, p.s)
for attr, val in [("x", "bad"), ("s", 5)]:
    try:
        setattr(p, attr, val)
    except TypeError as e:
        print("TypeError:", e)
