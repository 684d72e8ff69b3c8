class D:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        print("set_name", self.tag, owner.__name__, name)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("meta new start", name)
        cls = super().__new__(m, name, bases, ns)
        print("meta new end", name)
        return cls
class C(metaclass=Meta):
    first = D(1)
    second = D(2)
    def __init_subclass__(cls): print("init_subclass", cls.__name__)
class Sub(C):
    third = D(3)
shared = D("shared")
class X:
    a = shared
    b = shared
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Y:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class NotCallable:
    __set_name__ = None
try:
    class Z:
        a = NotCallable()
except TypeError as e:
    print("TypeError:", type(e).__name__)
