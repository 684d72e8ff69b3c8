import abc, types, sys
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return '%s area=%s' % (type(self).__name__, self.area())
for cls in (Shape,):
    try: cls()
    except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Sq(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
s = Sq(3); print(s.describe(), s.perimeter(), isinstance(s, Shape), issubclass(Sq, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Sq.__abstractmethods__ == frozenset())
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Base):
    @property
    def name(self): return 'impl'
    @classmethod
    def make(cls): return cls()
print(Impl.make().name, type(Base).__name__, type(ABC).__name__)
try: Base()
except TypeError as e: print(e)
class Plugin(ABC): pass
@Plugin.register
class Ext: pass
print(Ext.__name__, Plugin.__subclasscheck__(Ext), Plugin.__instancecheck__(Ext()), Plugin.__subclasscheck__(int))
print(isinstance(abc.get_cache_token(), int))
# types
ns = types.SimpleNamespace(a=1, b='two'); ns.c = [3]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='two', c=[3]))
print(types.SimpleNamespace(), vars(ns))
def fn(): pass
def gen(): yield 1
class K:
    def meth(self): pass
print(isinstance(fn, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType))
print(isinstance(K().meth, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(types.FunctionType, types.ModuleType, types.MethodType, types.GeneratorType, types.NoneType, types.BuiltinFunctionType)
mod = types.ModuleType('dyn'); mod.x = 1; print(mod.__name__, mod.x)
C = types.new_class('C', (K,), {}, lambda ns: ns.update(val=7)); print(C.__name__, C.val, issubclass(C, K))
mp = types.MappingProxyType({'k': 'v'}); print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z'))
try: mp['n'] = 1
except TypeError as e: print('TypeError', e)
