class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[0:1], type(s[0:1]).__name__)
s.extend([7, 8]); s.sort(reverse=True); print(s)
print(isinstance(s, list), s == [8, 7, 2, 1])
class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        v = super().__getitem__(i)
        print("get", i, v)
        return v
l = Logged([1, 2, 3])
l[0] = 10
x = l[1]
print(l)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a, sorted(a.keys()), len(a))
try:
    a.zz
except AttributeError as e:
    print("AttributeError:", e)
class Lower(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
d = Lower()
d["ABC"] = 1
print(d, d.get("abc"))
d.update({"XYZ": 2})
print(d)
class OD(dict):
    def keys_sorted(self): return sorted(self)
print(OD(b=1, a=2).keys_sorted(), OD({"q": 1}) | {"r": 2})
class S(set):
    def add_all(self, *xs):
        for x in xs: self.add(x)
st = S(); st.add_all(3, 1, 2); print(sorted(st), type(st).__name__)
