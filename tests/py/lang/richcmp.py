class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V{self.v}"
    def __lt__(self, o):
        print("lt", self, o)
        return self.v < (o.v if isinstance(o, V) else o)
    def __gt__(self, o):
        print("gt", self, o)
        return self.v > (o.v if isinstance(o, V) else o)
    def __le__(self, o):
        return NotImplemented
    def __eq__(self, o):
        print("eq", self, o)
        return isinstance(o, V) and self.v == o.v
a, b = V(1), V(2)
print(a < b, a > b)
print(3 < a)
print(3 > a)
print(a == V(1), a != V(1), a != b)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 1
except TypeError as e:
    print("TypeError:", e)
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(2)]))
print(1 < 2 < 3, 1 < 3 < 2)
x = V(5)
print(1 < x < 10)
class Sub(V):
    def __gt__(self, o):
        print("Sub.gt")
        return True
print(V(1) < Sub(0))
class E:
    pass
e = E()
print(e == e, e != E(), e == 1)
try:
    e < e
except TypeError as err:
    print("TypeError:", err)
class Ne:
    def __eq__(self, o): return "custom"
print(Ne() == 1, Ne() != 1)
class NoneEq:
    def __eq__(self, o): return NotImplemented
print(NoneEq() == NoneEq(), 1 == NoneEq())
