import types
class A:
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType, d["x"], "f" in d, len(d) > 2)
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    d.y = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
A.y = 5
print("y" in d, d["y"], d.get("zz", "dflt"), d.get("zz"))
print(sorted(k for k in d if not k.startswith("__")))
print(sorted(k for k in d.keys() if not k.startswith("__")), d.items() is not None)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
p = types.MappingProxyType({"a": 1, "b": 2})
print(p, repr(p), str(p), p == {"a": 1, "b": 2}, p != {"a": 1})
print(p | {"c": 3}, {"z": 0} | p, list(reversed(p)), p.copy(), type(p.copy()).__name__)
try:
    p |= {"c": 3}
except TypeError as e:
    print("TypeError:", e)
for bad in ([1], (1,), 5, "ab"):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
print(types.MappingProxyType[str, int])
src = {"k": 1}
live = types.MappingProxyType(src)
src["k2"] = 2
print(live, len(live), list(live.values()), list(live.items()))
try:
    class X(types.MappingProxyType): pass
except TypeError as e:
    print("TypeError:", e)
print(vars(A) is not A.__dict__, vars(A) == A.__dict__)
for target, key in [(d, 0), ((1, 2), 0), ("abc", 1), ({1: 2}, 1), ({1: 2}.keys(), 1), (5, 0)]:
    try:
        del target[key]
    except TypeError as e:
        print("TypeError:", e)
