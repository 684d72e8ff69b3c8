# C3 linearization of several class hierarchies, and the errors for impossible ones.
def names(cls):
    return " ".join(c.__name__ for c in cls.__mro__)

class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
for k in (A, B, C, D, E, F, O):
    print(k.__name__, "->", names(k))
print(A.mro() == list(A.__mro__), type(A.mro()).__name__, type(A.__mro__).__name__)

# The classic Python 2.3 example with K1..K3 / Z.
class K1(object): pass
class K2(object): pass
class K3(object): pass
class D2(K1, K2): pass
class E2(K2, K3): pass
class Z(D2, E2): pass
print(names(Z))

# Method resolution follows the MRO.
class Base:
    def who(self): return ["Base"]
class Left(Base):
    def who(self): return ["Left"] + super().who()
class Right(Base):
    def who(self): return ["Right"] + super().who()
class Both(Left, Right):
    def who(self): return ["Both"] + super().who()
print(Both().who())

# Inconsistent orders.
class X: pass
class Y(X): pass
for bases in ((X, Y), (Y, X, Y)):
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Bad2(O, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)

# __bases__ and __base__ of builtins and user classes.
print(A.__bases__ == (B, C), A.__base__ is B, bool.__mro__, int.__base__)
class MyList(list, Base): pass
print(names(MyList), MyList.__base__.__name__)
print([c.__name__ for c in Base.__subclasses__()])
