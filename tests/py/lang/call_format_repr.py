class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, k=0):
        return self.n + x + sum(rest) + k
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, k=100), callable(a), callable(Adder))
print(list(map(a, [1, 2])))
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
    def __str__(self): return "F-str"
    def __repr__(self): return "F-repr"
f = F()
print(format(f, "abc"), f"{f:xyz}", f"{f}", f"{f!r}", f"{f!s}", "{:q}".format(f), "{0!r:>10}".format(f))
print(str(f), repr(f), [f], (f,), {"k": f})
class OnlyRepr:
    def __repr__(self): return "OR"
print(str(OnlyRepr()), OnlyRepr(), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self): return "OS"
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5") + "|")
class Money(float):
    def __format__(self, spec):
        if spec == "money":
            return f"${self:.2f}"
        return super().__format__(spec)
m = Money(3.5)
print(f"{m:money}", f"{m:.1f}", f"{m}")
class Bytesy:
    def __bytes__(self): return b"bytes!"
print(bytes(Bytesy()))
class Rec:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"Rec({self.items!r})"
print(repr([1, [2, [3]]]))
l = [1]; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
