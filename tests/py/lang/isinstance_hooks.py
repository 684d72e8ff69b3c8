class Meta(type):
    calls = []
    def __instancecheck__(cls, inst):
        Meta.calls.append(("inst", type(inst).__name__))
        return False
    def __subclasscheck__(cls, sub):
        Meta.calls.append(("sub", sub.__name__))
        return False
class C(metaclass=Meta): pass
class D(C): pass
print(isinstance(C(), C), isinstance(D(), C), issubclass(C, C), issubclass(D, C))
print(Meta.calls)
print(isinstance(C(), (int, C)), Meta.calls[-1:])
# __class__ that differs from the real type counts for isinstance
class Proxy:
    @property
    def __class__(self):
        return int
print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy), type(Proxy()).__name__)
# class-like objects through __bases__
class FakeBase:
    __bases__ = ()
class FakeDerived:
    def __init__(self, b): self.__bases__ = (b,)
fb = FakeBase()
fd = FakeDerived(fb)
print(issubclass(fd, fb), issubclass(fd, FakeDerived(fb)))
class Inst:
    def __init__(self, cls): self.__class__ = cls
try:
    print(isinstance(Inst(fd), fb))
except TypeError as e:
    print("TypeError:", e)
for args in [(1, 5), (1, (int, 5)), ("x", [str])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(1, int), (int, 5), (int, (str, 5)), (bool, (str, (float, int)))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(3, ((((int,),),),)), issubclass(bool, (str, int | None)))
class Hook:
    def __instancecheck__(self, inst): return inst == 42
    def __subclasscheck__(self, sub): return sub is float
h = Hook()
print(isinstance(42, h), isinstance(41, h), issubclass(float, h), issubclass(int, h))
print(type.__instancecheck__(int, True), type.__subclasscheck__(int, bool), int.__instancecheck__(3))
