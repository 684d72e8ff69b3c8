class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
class Meta(type):
    def mro(cls):
        print("custom mro for", cls.__name__)
        return [cls] + [c for c in super().mro() if c is not cls][::-1]
class Weird(A, B, metaclass=Meta): pass
print([c.__name__ for c in Weird.__mro__])
def calls(cls, name):
    out = []
    for k in cls.__mro__:
        if name in k.__dict__:
            out.append(k.__name__)
    return out
class P:
    def go(self): return "P"
class Q(P):
    def go(self): return "Q"
class R(P):
    pass
class S(R, Q): pass
print(S().go(), calls(S, "go"))
print(int.__mro__, bool.__mro__)
print([c.__name__ for c in KeyError.__mro__])
