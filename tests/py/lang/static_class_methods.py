class C:
    count = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def inc(cls, n=1):
        cls.count += n
        return cls.count
    @classmethod
    def name(cls):
        return cls.__name__
class D(C):
    count = 100
print(C.add(1, 2), C().add(3, 4))
print(C.inc(), C.inc(2), C().inc())
print(D.inc(), C.count, D.count)
print(D.name(), D().name(), C.name())
print(type(C.__dict__["add"]).__name__, type(C.__dict__["inc"]).__name__)
sm = C.__dict__["add"]
print(sm.__func__(5, 6))
cm = C.__dict__["name"]
print(cm.__func__(D))
print(cm.__get__(None, D)())
print(C.inc.__self__ is C, D.inc.__self__ is D)
def plain(x): return x * 10
C.p = staticmethod(plain)
print(C.p(3), C().p(4))
C.q = classmethod(lambda cls, x: (cls.__name__, x))
print(D.q(1))
print(callable(sm))
print(sm(7, 8))
