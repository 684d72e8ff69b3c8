class Base:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        print("Base setter", val)
        self._v = val
class Child(Base):
    @property
    def v(self):
        return "child:" + str(super().v)
    @v.setter
    def v(self, val):
        print("Child setter", val)
        Base.v.fset(self, val * 2)
c = Child()
c.v = 5
print(c.v)
class Attr:
    def __getattr__(self, n): return "base getattr " + n
class AttrChild(Attr):
    def __getattr__(self, n):
        if n == "special": return "child special"
        return super().__getattr__(n)
print(AttrChild().special, AttrChild().other)
class SetBase:
    def __setattr__(self, n, v):
        print("SetBase", n)
        super().__setattr__(n, v)
class SetChild(SetBase):
    def __setattr__(self, n, v):
        print("SetChild", n)
        super().__setattr__(n, v.upper() if isinstance(v, str) else v)
s = SetChild(); s.name = "abc"; print(s.name)
class ReprBase:
    def __repr__(self): return "ReprBase"
class ReprChild(ReprBase):
    def __repr__(self): return "ReprChild<" + super().__repr__() + ">"
print(ReprChild())
class Eq(int):
    def __eq__(self, o): return super().__eq__(o) or o == "five"
    __hash__ = int.__hash__
print(Eq(5) == 5, Eq(5) == "five", Eq(5) == 6)
class Dict2(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
print(Dict2(a=1)["A"])
