class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o): print("iadd", o); self.v += o; return self
    def __isub__(self, o): print("isub"); self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): return "imatmul result"
a = Acc(1)
b = a
a += 5; a -= 1; a *= 4; print(a, a is b)
a //= 3; a %= 4; a **= 3; print(a)
a <<= 2; a >>= 1; a &= 0xff; a |= 1; a ^= 3; print(a)
a /= 2; print(a, a is b)
a @= 1; print(a)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): print("fallback __add__"); return OnlyAdd(self.v + o)
x = OnlyAdd(1); y = x
x += 2
print(x.v, x is y)
class NI:
    def __iadd__(self, o):
        print("iadd NotImplemented")
        return NotImplemented
    def __add__(self, o):
        print("add used")
        return "added"
z = NI()
z += 1
print(z)
l = [1]; l2 = l; l += [2]; print(l, l is l2)
t = (1,); t2 = t; t += (2,); print(t, t is t2)
class Item:
    def __init__(self): self.lst = [0]
it = Item(); it.lst += [1]; print(it.lst)
d = {"k": 1}; d["k"] += 10; print(d)
class Noi: pass
try:
    q = Noi(); q += 1
except TypeError as e:
    print("TypeError:", e)
