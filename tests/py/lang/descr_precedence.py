# Data descriptors beat the instance dict; the instance dict beats non-data descriptors.
log = []
class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        log.append(("set_name", owner.__name__, name))
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        log.append(("set", value))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        log.append(("delete",))
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)

class GetOnlyData:
    def __get__(self, obj, objtype=None):
        return "getter"
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")

class Model:
    d = Data()
    n = NonData()
    g = GetOnlyData()

m = Model()
print(m.d, Model.d.__class__.__name__)
m.d = 5
print(m.d, m.__dict__)
m.__dict__["d"] = "shadow?"
print(m.d)
del m.d
print(m.d)
try:
    del m.d
except AttributeError as e:
    print(type(e).__name__, e)
print(m.n, Model.n)
m.__dict__["n"] = "instance wins"
print(m.n)
del m.n
print(m.n)
try:
    m.g = 1
except AttributeError as e:
    print(type(e).__name__, e)
m.__dict__["g"] = "ignored"
print(m.g)
print(log)

# A descriptor with only __delete__ is still a data descriptor.
class DelOnly:
    def __get__(self, obj, t=None):
        return "del-only get"
    def __delete__(self, obj):
        print("deleting")
class W:
    x = DelOnly()
w = W()
w.__dict__["x"] = "inst"
print(w.x)
del w.x
try:
    w.x = 3
except AttributeError as e:
    print(type(e).__name__, e)

# Descriptors on the metaclass apply to class attribute access.
class Meta(type):
    @property
    def kind(cls):
        return "meta-kind:" + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.kind)
print(hasattr(WithMeta(), "kind"))

# __set_name__ is called for descriptors added at class creation only.
class Late:
    pass
Late.d = Data()
try:
    Late().d
except AttributeError as e:
    print(type(e).__name__, e)
# And with type() as well.
T = type("T", (), {"d": Data()})
t = T()
t.d = 9
print(t.d, log[-1])

# Functions are non-data descriptors: instance attribute shadows a method.
class Method:
    def f(self): return "method"
mm = Method()
mm.f = lambda: "shadowed"
print(mm.f(), Method.f(mm), Method.__dict__["f"].__get__(mm, Method)())
