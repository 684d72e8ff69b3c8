class A:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print("__init__", x)
        self.x = x
a = A(1)
print(a.created, a.x)
class B:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(B())
class Other:
    def __init__(self):
        print("Other.__init__ not called")
class C:
    def __new__(cls):
        return Other.__new__(Other)
print(type(C()).__name__)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)
class Up(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Up("abc")
print(u, u.lower(), len(u), isinstance(u, str))
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def sum(self):
        return self[0] + self[1]
t = T(2, 3)
print(t, t.sum(), len(t))
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class I:
    def __init__(self):
        return None
print(type(I()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
