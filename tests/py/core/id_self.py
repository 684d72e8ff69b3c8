# id() is only ever compared with itself or other ids of the same live objects.
a = [1, 2, 3]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), isinstance(id(a), int))
objs = [object() for _ in range(5)]
ids = [id(o) for o in objs]
print(len(set(ids)) == 5, all(id(o) == i for o, i in zip(objs, ids)))
def ident(x):
    return x
print(id(ident(a)) == id(a), id(None) == id(None), id(True) == id(1 == 1))
class Box:
    def __init__(self, v):
        self.v = v
box = Box(a)
print(id(box.v) == id(a), id(box) != id(box.v), id(Box) == id(type(box)))
d = {}
d[id(a)] = "a"
d[id(c)] = "c"
print(d[id(b)], len(d))
t = (a, a)
print(id(t[0]) == id(t[1]), [id(x) == id(a) for x in t])
x = 10 ** 30
y = x
print(id(x) == id(y), x is y)
