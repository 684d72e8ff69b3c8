class A:
    def m(self, x):
        return ("m", type(self).__name__, x)
a = A()
bm = a.m
print(bm(1))
print(bm.__self__ is a, bm.__func__ is A.m)
print(A.m(a, 2))
f = A.__dict__["m"]
print(f.__get__(a, A)(3))
print(f.__get__(None, A) is f)
def free(self):
    return "free " + type(self).__name__
A.free = free
print(a.free())
a.inst = free
try:
    a.inst()
except TypeError as e:
    print("TypeError:", e)
print(A.m.__name__, A.m.__qualname__)
print(bm.__name__)
print(bm == a.m, bm == A().m)
class RO:
    def __get__(self, obj, t=None):
        return 42
    def __set__(self, obj, v):
        raise AttributeError("read-only!")
class H:
    x = RO()
h = H()
print(h.x)
try:
    h.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Only:
    def __set__(self, obj, v):
        print("only set", v)
class H2:
    y = Only()
h2 = H2()
h2.y = 5
print(type(h2.y).__name__)
