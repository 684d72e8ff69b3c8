# f_locals of every frame reached through f_back, refreshed while the frame runs.
import sys
def inner():
    f = sys._getframe()
    b = f.f_back
    print(sorted(b.f_locals.items()))
    return b
def outer():
    a = 1
    b = "two"
    fr = inner()
    print(sorted(k for k in fr.f_locals))
    a = 5
    print(fr.f_locals["a"])
    c = 3
    print(sorted(fr.f_locals))
    return fr
fr = outer()
print(sorted(fr.f_locals))
print(fr.f_back.f_locals is globals())
def deep(n):
    x = n * 10
    if n == 0:
        f = sys._getframe()
        out = []
        while f.f_code.co_name == "deep":
            out.append(f.f_locals["x"])
            f = f.f_back
        return out
    return deep(n - 1)
print(deep(4))
def gen():
    y = 1
    yield sys._getframe().f_back.f_locals.get("z")
def caller():
    z = 42
    return next(gen())
print(caller())
class C:
    q = 1
    print(sorted(k for k in sys._getframe().f_locals if not k.startswith("__")))
def f_with_cell():
    v = 7
    def g():
        return sys._getframe().f_back.f_locals
    return g()
print(sorted(f_with_cell()))
