class LoggingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        d = LoggingDict()
        d["injected"] = 99
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        order = [k for k in ns if not k.startswith("__")]
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = order
        return cls
class C(metaclass=Meta, opt="yes"):
    b = 1
    a = 2
    def z(self): pass
    c = injected + 1
print(C.order, C.c)
class M2(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class M3(M2): pass
class X(metaclass=M2): pass
class Y(metaclass=M3): pass
class Z(X, Y): pass
print(type(Z).__name__)
class Other(type): pass
class W(metaclass=Other): pass
try:
    class V(X, W): pass
except TypeError as e:
    print("TypeError:", e)
def fmeta(name, bases, ns):
    print("function metaclass", name)
    return 42
class F(metaclass=fmeta):
    pass
print(F)
