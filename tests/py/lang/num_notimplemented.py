class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B wins"
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented
print(A() + B())
try:
    B() + A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() + 1
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __mul__(self, o):
        print("Base.__mul__")
        return "base"
    def __rmul__(self, o):
        print("Base.__rmul__")
        return "base-r"
class Derived(Base):
    def __rmul__(self, o):
        print("Derived.__rmul__")
        return "derived-r"
print(Base() * Derived())
print(Derived() * Base())
class Same(Base): pass
print(Base() * Same())
class V:
    def __sub__(self, o): return NotImplemented
try:
    V() - V()
except TypeError as e:
    print("TypeError:", e)
try:
    1 - V()
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented, type(NotImplemented).__name__)
print((1).__add__("x"), (1).__radd__(2))
print(int.__sub__(5, 3), float.__rsub__(1.5, 4))
class P:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
print(P() ** 2, 3 ** P(), pow(P(), 2, 5))
