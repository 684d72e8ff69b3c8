class Base:
    def __init__(self, v):
        self.v = v
        print("Base.__init__", v)
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls, v):
        print("Base.make", cls.__name__)
        return cls(v)
    @staticmethod
    def st():
        return "Base.st"
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        print("Child.__init__")
    def hello(self):
        return "Child+" + super().hello()
    def hello2(self):
        return super(Child, self).hello()
    @classmethod
    def make(cls, v):
        print("Child.make", cls.__name__)
        return super().make(v + 1)
    @staticmethod
    def st():
        return "Child+" + super(Child, Child).st()
class Grand(Child):
    def hello(self):
        return "Grand+" + super().hello()
    def skip(self):
        return super(Child, self).hello()
c = Child(3)
print(c.v, c.hello(), c.hello2())
g = Grand.make(1)
print(type(g).__name__, g.v)
print(g.hello(), g.skip())
print(Child.st())
s = super(Grand, g)
print(s.hello())
print(super(Child, Grand).make.__self__.__name__ if hasattr(super(Child, Grand).make, "__self__") else "?")
def outside(self):
    return super(Grand, self).hello()
print(outside(g))
class L(list):
    def append(self, x):
        print("appending", x)
        super().append(x)
l = L(); l.append(5); l.append(6); print(l)
class Lazy:
    def m(self):
        f = lambda: super(Lazy, self).__repr__
        return callable(f())
print(Lazy().m())
class N:
    def m(self):
        def inner():
            return [super(N, self).__class__.__name__ for _ in range(1)]
        return inner()
print(N().m())
