class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
class H(P):
    def __hash__(self): return hash(self.x)
print(len({H(1), H(1), H(2)}))
d = {H(5): "five"}
print(d[H(5)])
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p)
print(len({Plain(), Plain()}))
class Inh(H):
    def __eq__(self, o): return True
print(Inh.__hash__ is None)
class Inh2(H):
    pass
print(Inh2.__hash__ is H.__hash__)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
class Big:
    def __hash__(self): return 2**100
print(hash(Big()) == hash(2**100))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True))
print({1: "a", 1.0: "b", True: "c"})
class Keep(P):
    __hash__ = object.__hash__
print(isinstance(hash(Keep(1)), int))
