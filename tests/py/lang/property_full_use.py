# property: getter/setter/deleter chains, docs, subclass overrides, errors.
class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("reset")
        self._c = 0.0
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, v):
        self.celsius = (v - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, doc="Degrees Fahrenheit.")
    kelvin = property(lambda self: self._c + 273.15)

t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
# The message names the property by the name __set_name__ gave it.
try:
    t.kelvin = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.kelvin.fset)
print(isinstance(p, property), type(p).__name__)

# Subclass extends only the getter.
class Kitchen(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c, 1)
k = Kitchen(21.456)
print(k.celsius)
k.celsius = 30.04
print(k.celsius, Temperature.celsius is not Kitchen.celsius)

# A subclass of property.
class logged_property(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print("get", self.fget.__name__)
        return super().__get__(obj, objtype)
class Account:
    def __init__(self):
        self._bal = 10
    @logged_property
    def balance(self):
        return self._bal
    @balance.setter
    def balance(self, v):
        self._bal = v
a = Account()
print(a.balance)
a.balance = 50
print(a.balance, type(Account.__dict__["balance"]).__name__)

# A property raising AttributeError falls back to __getattr__.
class Fallback:
    @property
    def missing(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback:" + name
print(Fallback().missing)

# Property without a getter.
class WriteOnly:
    secret = property(None, lambda self, v: print("stored", v))
wo = WriteOnly()
wo.secret = 42
try:
    wo.secret
except AttributeError as e:
    print(type(e).__name__, e)
