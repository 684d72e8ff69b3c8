# bytes()/bytearray() iterate list/tuple subclasses through their __iter__; OrderedDict(x)
# and OrderedDict.update(x) use keys() and [] of anything but a plain dict, as dict.update.
import collections
class D(dict):
    def keys(self):
        print("keys called")
        return ["b", "a"]
    def __iter__(self):
        print("iter called")
        return iter(["a"])
    def __getitem__(self, k):
        return k * 2
d = D(a=1, b=2)
print(collections.OrderedDict(d))
od = collections.OrderedDict()
od.update(d)
print(od)
print(dict(d))
x = {}; x.update(d); print(x)
class L(list):
    def __iter__(self):
        return iter([1, 2, 3])
class T(tuple):
    def __iter__(self):
        return iter([65, 66])
print(bytes(L([9])), bytearray(L([9])), bytes(T((9,))), bytearray(T((7, 8))))
class M:
    def keys(self): return ["x"]
    def __getitem__(self, k): return 1
print(collections.OrderedDict(M()))
from collections.abc import Mapping
class MM(Mapping):
    def __getitem__(self, k): return k
    def __iter__(self): print("MM iter"); return iter("pq")
    def __len__(self): return 2
    def keys(self): print("MM keys"); return ["z"]
print(collections.OrderedDict(MM()))
od.update(MM())
print(od)
for args in ((1, 2), (5,), ([1],), ([(1, 2, 3)],), (["a"],), ([()],)):
    try:
        print(collections.OrderedDict(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    collections.OrderedDict().update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
o = collections.OrderedDict(other=3)
o.update(self=4)
o.update([("k", "v")], z=0)
o.update({"a": 1})
print(o)
print(bytes([1, 2]), bytes((3,)), bytearray([4]))
try:
    bytes(L([300]))
except ValueError as e:
    print(type(e).__name__, e)
