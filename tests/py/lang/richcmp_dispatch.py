# Rich comparisons: reflection, the subclass-first rule, defaults and error messages.
import functools

class V:
    def __init__(self, v, tag="V"):
        self.v = v
        self.tag = tag
    def __eq__(self, other):
        print(f"  {self.tag}.__eq__")
        return isinstance(other, V) and self.v == other.v
    def __lt__(self, other):
        print(f"  {self.tag}.__lt__")
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v
    def __gt__(self, other):
        print(f"  {self.tag}.__gt__")
        if not isinstance(other, V):
            return NotImplemented
        return self.v > other.v
    __hash__ = None

class W(V):
    def __eq__(self, other):
        print(f"  {self.tag}.__eq__ (W)")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.tag}.__gt__ (W)")
        return NotImplemented

a, b = V(1, "a"), V(2, "b")
print(a < b)
print(a > b)
# Reflection: a < b falls back to b > a.
print(b < 3 if False else "skip")
w = W(5, "w")
print("-- V == W: W's reflected __eq__ goes first")
print(a == w)
print("-- V < W: W.__gt__ first, then V.__lt__")
print(a < w)
print("-- W == W falls back to identity")
print(w == w, w != W(5, "w2"))
print("-- ordering against an unrelated type")
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 <= a
except TypeError as e:
    print(type(e).__name__, e)
try:
    object() > object()
except TypeError as e:
    print(type(e).__name__, e)

# __ne__ defaults to the inverse of __eq__ unless it returns NotImplemented.
class E:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k if isinstance(o, E) else NotImplemented
print(E(1) != E(1), E(1) != E(2), E(1) != 1, E(1) == 1)

# total_ordering fills in the rest.
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9")]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2.0") <= Version("1.9"))

# Comparisons returning non-bool values are passed through, and chained comparisons use bool().
class Vec:
    def __init__(self, *xs): self.xs = xs
    def __lt__(self, o): return [x < y for x, y in zip(self.xs, o.xs)]
print(Vec(1, 5) < Vec(2, 3))
try:
    Vec(1) < Vec(2) < Vec(3)
except Exception as e:
    print(type(e).__name__, e)
print(Vec(1) < Vec(2) < Vec(3))

# Containers compare element-wise with identity short-cut.
nan = float("nan")
print([nan] == [nan], nan == nan, (1, nan) < (2, nan), [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2} == {1: 2.0}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, frozenset([1]) == {1})
