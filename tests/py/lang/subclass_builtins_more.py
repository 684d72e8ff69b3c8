# Subclasses of tuple, set, frozenset, float, bytes, dict and list: extra methods,
# inherited behaviour, and which operations return the base type.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p + (3,), type(p + (3,)).__name__, p[::-1], type(p[:]).__name__)
print(p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), a if (a := p.count(1)) else 0)

class TagSet(set):
    def tagged(self, prefix):
        return TagSet(prefix + x for x in self)
ts = TagSet(["b", "a"])
ts.add("c")
print(sorted(ts.tagged("#")), type(ts | {"d"}).__name__, type(ts.copy()).__name__, "a" in ts)
ts |= {"z"}
print(type(ts).__name__, sorted(ts))

class Frozen(frozenset):
    def __repr__(self):
        return f"Frozen({sorted(self)})"
fz = Frozen([3, 1])
print(fz, {fz: 1}[frozenset([1, 3])], type(fz & {1}).__name__, fz | {2})

class Meters(float):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{float(self)}{self.unit}"
    def __add__(self, other):
        return Meters(float(self) + float(other), self.unit)
m = Meters(1.5)
print(m, m + 2, type(m * 2).__name__, m.is_integer(), round(m), m.hex(), -m, abs(Meters(-2.0)))
print(Meters("2.5"), float(m), int(Meters(3.9)), m > 1, m == 1.5, f"{m:.2f}")

class Blob(bytes):
    def hexed(self):
        return self.hex(":")
b = Blob(b"\x01\xff")
print(b, b.hexed(), type(b + b"x").__name__, b[0], type(b[:1]).__name__, b.decode("latin-1"))

class Registry(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
r = Registry()
r["Key"] = 1
print(r["KEY"], r, r.get("key"), r.get("Key"))
r.update(Other=2)  # update() bypasses the overridden __setitem__
print(sorted(r))
print(Registry(A=1), dict(r) == {"key": 1, "Other": 2})

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), type(s + [4]).__name__, type(s * 2).__name__, type(s[:]).__name__, s.pop(), s)
s += [9]
s *= 2
print(type(s).__name__, s, sorted(s) == sorted(list(s)), s.index(9), s.count(2))
s.sort(reverse=True)
print(s, isinstance(s, list), list.__repr__(s))

# int subclass with overridden arithmetic and bool-like class.
class Mod7(int):
    def __new__(cls, v):
        return super().__new__(cls, v % 7)
    def __add__(self, o):
        return Mod7(int(self) + int(o))
    __radd__ = __add__
    def __repr__(self):
        return f"{int(self)} (mod 7)"
print(Mod7(10), Mod7(5) + 4, 4 + Mod7(5), sum([Mod7(3), Mod7(6)]), Mod7(3) * 3, type(Mod7(3) * 3).__name__)
print(Mod7(3) in {3}, [10, 20, 30, 40][Mod7(10)], f"{Mod7(9):>3}", hex(Mod7(13)))

class Text(str):
    def shout(self):
        return self.upper() + "!"
t = Text("hi there")
print(t.shout(), type(t.upper()).__name__, type(t + "x").__name__, t.split(), type(t[0]).__name__)
print(t.replace("hi", "bye"), "".join([t, t]), t == "hi there", {t: 1}["hi there"])
