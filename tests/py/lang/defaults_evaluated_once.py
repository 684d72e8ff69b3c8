# Default arguments are evaluated once, at definition time; mutable defaults are shared.
calls = []
def default_factory(tag):
    calls.append(tag)
    return tag

def f(a=default_factory("a"), *, k=default_factory("k")):
    return a, k
print(calls, f(), calls)

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

# Defaults see the names at definition time, not later rebinding.
x = 10
def snapshot(v=x):
    return v
x = 20
print(snapshot(), (lambda v=x: v)())

# Defaults in loops: each def gets its own evaluation.
funcs = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in funcs])

# Changing __defaults__ / __kwdefaults__ at run time.
def g(a, b=1, *, c=2):
    return a, b, c
g.__defaults__ = (100,)
g.__kwdefaults__ = {"c": 200}
print(g(0))
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print(type(e).__name__, e)
g.__kwdefaults__ = None
try:
    g(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

# Positional-only and keyword-only parameters with defaults.
def po(a, b=2, /, c=3, *, d, e=5):
    return a, b, c, d, e
print(po(1, d=4), po(1, 20, 30, d=40, e=50), po(1, c=33, d=44))
for args, kw in (((), {"d": 1}), ((1,), {}), ((1,), {"a": 1, "d": 1}), ((1, 2, 3, 4), {"d": 1}),
                 ((1,), {"d": 1, "zz": 0}), ((1,), {"b": 2, "d": 4})):
    try:
        po(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

# A default that raises when evaluated prevents the definition.
try:
    def broken(v=1 / 0):
        pass
except ZeroDivisionError as e:
    print(type(e).__name__, e, "broken" in globals())

# Defaults of methods are shared between instances too.
class Cart:
    def __init__(self, items=[]):
        self.items = items
c1, c2 = Cart(), Cart()
c1.items.append("apple")
print(c2.items, c1.items is c2.items)
