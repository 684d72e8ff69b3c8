# Single inheritance, overriding, super(), isinstance/issubclass.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return "%s with %d sides, area %.2f" % (self.name, self.sides, self.area())
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "SQUARE: " + super().describe()
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h
shapes = [Shape("blob"), Rect(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print(s.describe())
print(sorted(s.name for s in shapes), sum(s.area() for s in shapes))
sq = shapes[2]
print(isinstance(sq, Square), isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Triangle), isinstance(sq, object))
print(issubclass(Square, Rect), issubclass(Rect, Square), issubclass(Square, (Triangle, Shape)), issubclass(Shape, Shape))
print(type(sq).__name__, type(sq).__base__.__name__, Square.__bases__[0].__name__, [c.__name__ for c in Square.__mro__])
class Base:
    def hello(self):
        return "base hello from " + type(self).__name__
    def template(self):
        return "[" + self.part() + "]"
    def part(self):
        return "base part"
class Child(Base):
    def part(self):
        return "child part"
class GrandChild(Child):
    def hello(self):
        return "grand " + super().hello()
print(Base().template(), Child().template(), GrandChild().hello(), GrandChild().template())
class Animal:
    def __init__(self, sound):
        self.sound = sound
    def speak(self):
        return self.sound * 2
class Cat(Animal):
    def __init__(self):
        super().__init__("meow")
    def speak(self):
        return super().speak().upper()
print(Cat().speak(), Animal("woof").speak())
print(isinstance(3, (str, int)), isinstance("s", (list, tuple)), issubclass(bool, int), issubclass(int, object))
