class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added"] = "by meta"
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        print("created")
        return inst
    def describe(cls):
        return "I am " + cls.__name__
class A(metaclass=Meta, flag=1):
    def __init__(self, x):
        print("A.__init__", x)
        self.x = x
    def meth(self): pass
a = A(5)
print(a.x, A.added, A.describe(), type(A).__name__)
class B(A):
    pass
print(type(B).__name__)
b = B(6)
print(isinstance(A, Meta), isinstance(a, Meta))
try:
    a.describe()
except AttributeError as e:
    print("AttributeError:", e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
