class G:
    real = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
g = G()
print(g.real)
print(g.dyn_hello)
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(g, "nope", "default"))
print(hasattr(g, "dyn_x"), hasattr(g, "zzz"))
class GA:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
ga = GA()
print(ga.a)
print(ga.secret)
print(ga.other)
class S:
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("__delattr__", name)
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)
s = S()
s.v = 5
s.keep = 1
print(s.v, s.keep)
del s.v
print(hasattr(s, "v"))
try:
    del s.keep
except AttributeError as e:
    print("AttributeError:", e)
setattr(s, "w", 3)
print(s.w)
delattr(s, "w")
print(vars(s))
class Prop:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(Prop().p)
