x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
l = list(range(10))
del l[0]; print(l)
del l[-1]; print(l)
del l[1:3]; print(l)
del l[::2]; print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]; print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O: pass
o = O(); o.a = 1; o.b = 2
del o.a; print(vars(o))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)
a = b = c = 5
del a, b
print("c" in dir(), "a" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
p, q = 1, 2
del (p, q)
print("p" in globals())
r, s = 3, 4
del [r, s]
print("r" in globals())
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
class WithDel:
    def __delitem__(self, k): print("delitem", k)
    def __delattr__(self, k): print("delattr", k)
w = WithDel()
del w[1:2], w["k"], w.attr
class K:
    a = 1
del K.a
print(hasattr(K, "a"))
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
for i in range(2): pass
del i
print("i" in globals())
