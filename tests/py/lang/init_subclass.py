class Registry:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Registry.plugins.append(cls.plugin_name)
        print("registered", cls.__name__, cls.plugin_name)
class A(Registry): pass
class B(Registry, name="bee"): pass
class C(B): pass
print(Registry.plugins)
print(A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class Bad(Registry, unknown=1): pass
except TypeError as e:
    print("TypeError:", type(e).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, sorted(kw.items()))
class Mid(Base):
    def __init_subclass__(cls, flag=False, **kw):
        print("Mid.__init_subclass__", cls.__name__, flag)
        super().__init_subclass__(**kw)
class Leaf(Mid, flag=True, other=2): pass
print(type(Base.__dict__["__init_subclass__"]).__name__)
class NoHook: pass
class Sub(NoHook): pass
print("ok")
