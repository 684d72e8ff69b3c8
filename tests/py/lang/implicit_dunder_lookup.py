class C:
    def __len__(self): return 1
    def __repr__(self): return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__())
class D:
    pass
d = D()
d.__add__ = lambda o: "inst add"
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
D.__add__ = lambda self, o: "class add " + str(o)
print(d + 1)
D.__len__ = lambda self: 5
print(len(d))
del D.__len__
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)
class G:
    def __getattr__(self, n):
        return lambda *a: "getattr " + n
g = G()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
class GA:
    def __getattribute__(self, n):
        print("ga", n)
        return object.__getattribute__(self, n)
    def __str__(self): return "GA-str"
ga = GA()
print(str(ga))
class Callable:
    pass
cc = Callable()
cc.__call__ = lambda: "no"
print(callable(cc))
Callable.__call__ = lambda self: "yes"
print(cc())
class It:
    def __init__(self): self.__iter__ = lambda: iter([1])
try:
    iter(It())
except TypeError as e:
    print("TypeError:", e)
