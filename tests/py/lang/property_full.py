class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Celsius degrees"
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset is not None, Temp.fahrenheit.fset)
def g(self): return "manual"
class P:
    x = property(g, doc="doc x")
    y = property()
print(P().x, P.x.__doc__)
try:
    P().y
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)
class Over(Temp):
    @property
    def celsius(self):
        return "override"
o = Over()
print(o.celsius)
try:
    o.celsius = 1
except AttributeError as e:
    print("AttributeError:", e)
