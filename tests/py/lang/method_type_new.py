import types
class C:
    def m(self):
        "method doc"
    def n(self): pass
def f(self, x):
    "free doc"
    return (type(self).__name__, x)
c = C()
bm = types.MethodType(f, c)
print(bm(1), bm.__self__ is c, bm.__func__ is f, bm.__doc__, bm.__name__)
print(type(bm) is types.MethodType, bm == types.MethodType(f, c), bm != types.MethodType(f, C()))
print(c.m.__doc__, c.n.__doc__, C.m.__doc__)
print(types.MethodType(len, [1, 2])(), types.MethodType(lambda s: s * 2, 21)())
for args in [(1, c), (f, None), (f,), (f, c, 3)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
class Counter:
    def __init__(self): self.n = 0
def bump(self, k=1):
    self.n += k
    return self.n
ct = Counter()
ct.bump = types.MethodType(bump, ct)
print(ct.bump(), ct.bump(5), ct.n)
print(len.__doc__)
