class A:
    __cls_private = "A-priv"
    def __init__(self):
        self.__x = 1
        self._y = 2
    def get(self): return self.__x, A.__cls_private
    def __method(self): return "A method"
    def call(self): return self.__method()
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B's"
    def getb(self): return self.__x
b = B()
print(b.get(), b.getb(), b.call())
print(sorted(vars(b)))
print(b._A__x, b._B__x, A._A__cls_private)
try:
    b.__x
except AttributeError as e:
    print("AttributeError:", e)
class C:
    def m(self):
        return getattr(self, "__hidden", "getattr not mangled")
    __hidden = 5
print(C().m(), C._C__hidden)
class _Under:
    def f(self):
        self.__v = 1
        return list(vars(self))
print(_Under().f())
class D:
    __dunder__ = "not mangled"
print(D.__dunder__)
def outside(obj):
    return obj._A__x
print(outside(A()))
class E:
    def f(self):
        __local = 5
        return __local, [k for k in locals()]
print(E().f())
