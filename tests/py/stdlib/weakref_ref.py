# weakref.ref: identity sharing, callbacks, hashing, equality, errors. Referents die at
# a collection in taipan, so every check that a referent is gone follows gc.collect().
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


a = Node("a")
r = weakref.ref(a)
print(r() is a, r() == a, weakref.ref(a) is r)
print(type(r).__name__, type(r).__module__, weakref.ReferenceType is weakref.ref)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])

events = []
r_cb = weakref.ref(a, lambda w: events.append(("callback", w is r_cb, w())))
print(r_cb.__callback__ is not None, r.__callback__)
print(weakref.getweakrefcount(a))

# Equality follows the referents while they live; hash is the referent's hash.
b = Node("b")
print(weakref.ref(b) == weakref.ref(b), weakref.ref(a) == weakref.ref(b))
print(hash(r) == hash(a))
h = hash(r)

del a
gc.collect()
print(r(), r_cb(), events)
print(hash(r) == h)  # cached before the referent died
try:
    hash(weakref.ref(b, lambda w: None)) and None
    rb = weakref.ref(b, lambda w: None)
    del b
    gc.collect()
    hash(rb)
except TypeError as e:
    print("TypeError:", e)

for bad in (1, "s", (1, 2), [1], {}, None, 2.5, object()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(Node("x"), None, 3)
except TypeError as e:
    print("TypeError:", e)


# What can be weakly referenced.
def f():
    pass


class WithSlots:
    __slots__ = ("x",)


class WithWeakSlot:
    __slots__ = ("x", "__weakref__")


class MyList(list):
    pass


class MyInt(int):
    pass


for obj in (f, Node, {1}, frozenset(), weakref, MyList(), ValueError("v"), WithWeakSlot(),
            (lambda: 0).__code__):
    print(type(obj).__name__, weakref.ref(obj)() is obj)
for obj in (WithSlots(), MyInt(3)):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)


# Subclasses of ref keep extra attributes.
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)


n = Node("n")
t = Tagged(n, tag="T")
print(t() is n, t.tag, isinstance(t, weakref.ref), weakref.getweakrefcount(n))
del n
gc.collect()
print(t())
