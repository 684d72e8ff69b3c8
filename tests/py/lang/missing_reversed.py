class D(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = D(a=1)
print(d["a"], d["bb"], d.get("zz", "get-default"), "bb" in d)
class Counter(dict):
    def __missing__(self, k): return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
class Store(dict):
    def __missing__(self, k):
        self[k] = v = []
        return v
s = Store()
s["x"].append(1); s["x"].append(2); print(s)
class R:
    def __reversed__(self):
        print("__reversed__")
        return iter([3, 2, 1])
print(list(reversed(R())))
class SeqR:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(SeqR())))
try:
    reversed(object())
except TypeError as e:
    print("TypeError:", e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("ab")))
print(list(reversed({"a": 1, "b": 2})))
