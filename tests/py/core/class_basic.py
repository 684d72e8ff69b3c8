# Classes: __init__, methods, class vs instance attributes, bound methods.
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return "%s (%d) knows %s" % (self.name, self.age, ", ".join(self.tricks) or "nothing")
    def birthday(self):
        self.age += 1
rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
rex.add_trick("sit").add_trick("roll")
rex.birthday()
print(rex.describe())
print(fido.describe())
print(Dog.count, rex.species, fido.species, Dog.species)
rex.species = "wolf?"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
m = fido.describe
print(m(), Dog.describe(rex))
print(type(rex).__name__, type(rex) is Dog, isinstance(fido, Dog), Dog.__name__)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, hasattr(e, "x"), hasattr(e, "z"), sorted(vars(e)), e.__dict__)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
inc = c.inc
for _ in range(5):
    inc()
print(c.n, inc(), Counter().inc())
class Temperature:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    def to_f(self):
        return self.deg * 9 / 5 + 32
    @staticmethod
    def describe_scale():
        return "Celsius"
    @classmethod
    def freezing(cls):
        return cls(0)
print(Temperature(100).to_f(), Temperature.freezing().deg, Temperature.describe_scale(), Temperature(37).scale)
