# del of names, attributes, subscripts, slices, tuples/lists of targets, in loops,
# and the errors afterwards (NameError, UnboundLocalError, AttributeError).
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)

def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())

def del_unbound():
    try:
        del z
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 1
del_unbound()

def closure_del():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
closure_del()

class Obj:
    cls_attr = 1
o = Obj()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__, e)

# Tuple and list targets, nested.
p, q, r = 1, 2, 3
del (p, q), [r]
print([n for n in ("p", "q", "r") if n in globals()])
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)

# del in a loop body and of the loop variable.
items = {"a": 1, "b": 2, "c": 3}
for key in list(items):
    if items[key] % 2:
        del items[key]
print(items)
for i in range(3):
    pass
del i
print("i" in globals())

# Custom __delitem__ and __delattr__ see slices and names.
class Recorder:
    def __delitem__(self, key):
        print("delitem", key)
    def __delattr__(self, name):
        print("delattr", name)
rec = Recorder()
del rec[1], rec[1:2], rec[::3], rec[1, 2:3], rec.anything
# No __delitem__.
class NoDel:
    def __getitem__(self, k):
        return k
try:
    del NoDel()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# del of a global from inside a function.
gone = 1
def remove_global():
    global gone
    del gone
remove_global()
print("gone" in globals())
try:
    remove_global()
except NameError as e:
    print(type(e).__name__, e)
