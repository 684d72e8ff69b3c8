class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
print(D().who())
print([k.__name__ for k in D.mro()])
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class X(F, E): pass
class Y(Dd, E): pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
print(Z.__bases__ == (X, Y))
print(issubclass(Z, O), issubclass(Z, A))
print(isinstance(Z(), E))
class M1: x = 1
class M2: x = 2; y = 20
class M3(M1, M2): pass
print(M3.x, M3.y)
print(D.__base__.__name__)
print(object.__mro__ == (object,))
print(type.__mro__ == (type, object))
