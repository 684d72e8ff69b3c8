class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.priv = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            print("get on class", objtype.__name__)
            return self
        print("get", self.name)
        return getattr(obj, self.priv, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.priv, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.priv)
class T:
    a = Verbose()
    b = Verbose()
t = T()
print(t.a)
t.a = 10
print(t.a)
t.b = "x"
print(t.b, t.a)
del t.a
print(t.a)
print(type(T.a).__name__)
print(sorted(k for k in t.__dict__))
t.__dict__["a"] = "shadow"
print(t.a)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class U:
    nd = NonData()
u = U()
print(u.nd)
u.nd = "instance wins"
print(u.nd)
del u.nd
print(u.nd)
print(U.nd)
class Late:
    pass
v = Verbose()
Late.late = v
print(hasattr(v, "name"))
v.__set_name__(Late, "late")
l = Late(); l.late = 3; print(l.late)
