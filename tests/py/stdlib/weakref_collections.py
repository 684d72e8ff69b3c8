# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, proxy and finalize.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def method(self):
        return self.n * 10


objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd["k%d" % o.n] = o
print(len(wvd), sorted(wvd), wvd["k2"], wvd.get("k9", "missing"), "k1" in wvd)
del objs[1:3]
gc.collect()
print(len(wvd), sorted(wvd), sorted(wvd.items()), sorted(v.n for v in wvd.values()))
try:
    wvd["k1"]
except KeyError as e:
    print("KeyError", e)
print(wvd.pop("k0"), wvd.setdefault("k3", None), len(wvd))

keys = [Obj(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * k.n
print(len(wkd), wkd[keys[3]], keys[0] in wkd, Obj(9) in wkd, 5 in wkd)
del keys[0], k
gc.collect()
print(len(wkd), sorted(wkd.values()), sorted(o.n for o in wkd))

members = [Obj(i) for i in range(3)]
ws = weakref.WeakSet(members)
print(len(ws), members[0] in ws, Obj(0) in ws)
ws.add(members[0])
print(len(ws))
members.pop()
gc.collect()
print(len(ws), sorted(o.n for o in ws))
ws.discard(members[0])
print(len(ws), isinstance(ws | weakref.WeakSet(), weakref.WeakSet))

o = Obj(7)
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del o
gc.collect()
print(wm())

target = Obj(3)
p = weakref.proxy(target)
print(p.n, p.method(), type(p) is weakref.ProxyType)
p.n = 4
print(target.n)
cp = weakref.proxy(len)
print(type(cp) is weakref.CallableProxyType, cp([1, 2]))
del target
gc.collect()
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)

log = []
x = Obj(1)
fin = weakref.finalize(x, log.append, "finalized x")
print(fin.alive, fin.peek()[1] is log.append)
del x
gc.collect()
print(fin.alive, log, fin())

y = Obj(2)
fin2 = weakref.finalize(y, log.append, "called early")
print(fin2(), fin2.alive, fin2(), log)
z = Obj(3)
fin3 = weakref.finalize(z, print, "finalize at exit")
print(fin3.atexit)
