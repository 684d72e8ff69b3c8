class MyInt(int):
    def double(self): return self * 2
    def __repr__(self): return f"MyInt({int(self)})"
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, m == 21, hash(m) == hash(21))
print(repr(m), str(m), f"{m:05d}", m.bit_length(), isinstance(m, int))
print(sorted([MyInt(3), 1, MyInt(2)]))
print({m: "x"}[21])
class Flag(int):
    pass
f = Flag(5); f.note = "attr"
print(f.note, f * 3, -f, abs(Flag(-2)))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hello")
print(s.shout(), s + " there", type(s + "x").__name__, s[1:3], type(s[1:3]).__name__, len(s))
print(s.split("l"), "ell" in s, s == "hello", s.startswith("he"))
print(f"{s}|{s:>8}|", "%s" % s, " ".join([s, s]))
class Path(str):
    def __truediv__(self, o): return Path(self + "/" + o)
print(Path("a") / "b" / "c")
class F(float):
    def __str__(self): return "F!"
print(F(1.5), F(1.5) + 1, repr(F(2.0)))
class B(bytes):
    pass
print(B(b"ab") + b"c", B(b"xy")[0])
class T(tuple):
    def first(self): return self[0]
print(T([4, 5]).first(), T((1, 2)) + (3,))
