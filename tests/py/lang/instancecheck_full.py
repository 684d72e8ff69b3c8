class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub in (int, bool)
class IntLike(metaclass=Meta):
    pass
print(isinstance(5, IntLike), isinstance("s", IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike))
print(isinstance(IntLike(), IntLike))
print(isinstance(5, (str, IntLike)))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, (str, (float, int))))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type))
print(isinstance(object, type), isinstance(int, object))
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base and any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Base), issubclass(int, Base))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Impl(Base):
    def run(self): return "ran"
print(Impl().run())
class Half(Base): pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Reg(abc.ABC): pass
Reg.register(list)
print(isinstance([], Reg), issubclass(list, Reg), isinstance((), Reg))
