class A: pass
class B(A): pass
class Meta(type):
    def mro(cls):
        print("mro() for", cls.__name__, "bases", [b.__name__ for b in cls.__bases__])
        default = super().mro()
        print("default", [c.__name__ for c in default])
        return [cls] + [c for c in default[1:] if c is not A]
class W(B, metaclass=Meta):
    x = 1
print([c.__name__ for c in W.__mro__], W.x, type.mro(W) == list(W.__mro__))
class Sub(W): pass
print([c.__name__ for c in Sub.__mro__])
print([c.__name__ for c in type.mro(B)], B.mro() == list(B.__mro__))
class Bad(type):
    def mro(cls):
        return [cls, 5, object]
try:
    class X(metaclass=Bad): pass
except TypeError as e:
    print("TypeError:", e)
class Layout(type):
    def mro(cls):
        return [cls, int, object]
try:
    class Y(metaclass=Layout): pass
except TypeError as e:
    print("TypeError:", e)
class Raises(type):
    def mro(cls):
        raise ValueError("no mro")
try:
    class Z(metaclass=Raises): pass
except ValueError as e:
    print("ValueError:", e)
class Tup(type):
    def mro(cls):
        return (cls, object)
class T(B, metaclass=Tup): pass
print([c.__name__ for c in T.__mro__], isinstance(T(), A))
