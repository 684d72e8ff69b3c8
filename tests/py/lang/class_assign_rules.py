# obj.__class__ = C: allowed between heap classes of the same layout, and for modules.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
class L(list): pass
class L2(list): pass
a = A()
a.v = 1
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, a.v, isinstance(a, B), isinstance(a, A))
for obj, cls in [(A(), S1), (S1(), S2), (S1(), S3), (L(), L2), (L(), A), (1, A), (A(), int), (A(), 5), ([], L)]:
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
s = S1(); s.x = 5
s.__class__ = S2
print(s.x, type(s).__name__)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
import types
class MyMod(types.ModuleType):
    def hello(self): return "hi " + self.__name__
m = types.ModuleType("mm")
m.__class__ = MyMod
print(m.hello(), type(m).__name__)
class E1(Exception): pass
class E2(Exception): pass
e = E1("x"); e.__class__ = E2; print(type(e).__name__, e.args)
try:
    raise e
except E2 as caught:
    print("caught as E2", caught)
# A site that cached A's attribute lookup must see B's after the switch.
class P:
    kind = "P"
    def f(self): return 1
class Q:
    kind = "Q"
    def f(self): return 2
objs = [P() for _ in range(4)]
out = []
for i in range(8):
    o = objs[i % 4]
    out.append((o.kind, o.f()))
    o.__class__ = Q if type(o) is P else P
print(out)
# Threads switching classes while others read through the same cached site.
import threading
shared = [P() for _ in range(8)]
errors = []
def flip():
    for i in range(2000):
        o = shared[i % 8]
        o.__class__ = Q if type(o) is P else P
def read():
    for i in range(2000):
        o = shared[i % 8]
        r = (o.kind, o.f())
        if r not in (("P", 1), ("Q", 2), ("P", 2), ("Q", 1)):
            errors.append(r)
ts = [threading.Thread(target=flip), threading.Thread(target=read), threading.Thread(target=read)]
for t in ts: t.start()
for t in ts: t.join()
print("errors:", errors)
