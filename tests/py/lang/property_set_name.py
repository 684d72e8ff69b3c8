def g(self): return 1
class P:
    x = property(g)
    y = property()
    z = property(g).setter(lambda s, v: None)
class Q: pass
for action in [lambda: setattr(P(), "x", 1), lambda: P().y, lambda: delattr(P(), "x"),
               lambda: setattr(P(), "y", 2), lambda: delattr(P(), "z")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
p = property(g)
try:
    p.__set__(Q(), 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    property().__get__(Q(), Q)
except AttributeError as e:
    print("AttributeError:", e)
class Outer:
    class In:
        y = property()
try:
    Outer.In().y
except AttributeError as e:
    print("AttributeError:", e)
pp = P.x.setter(lambda s, v: None)
print(pp.__set_name__(P, "renamed"))
class R:
    w = pp.deleter(None)
try:
    del R().w
except AttributeError as e:
    print("AttributeError:", e)
class Sub(property): pass
class S:
    s = Sub()
try:
    S().s = 3
except AttributeError as e:
    print("AttributeError:", e)
