class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __add__(self, o):
        if not isinstance(o, V): return NotImplemented
        return V(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, (int, float)): return V(*(a * k for a in self.c))
        if isinstance(k, V): return sum(a * b for a, b in zip(self.c, k.c))
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
v, w = V(1, 2), V(3, 4)
print(v + w, v * 2, 3 * v, v * w, -v, abs(V(3, 4)), bool(V(0, 0)), len(v))
print(list(v), v[1], 2 in v, 9 in v, {v: 1}[V(1, 2)])
print(sum([v, w], V(0, 0)))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "s"
except TypeError as e:
    print("TypeError:", e)
x, y = v
print(x, y, max(w), sorted(V(3, 1, 2)))
print(v == V(1, 2), v != w, v is not w)
import operator
print(operator.add(v, w), operator.mul(v, 2), operator.neg(v), operator.getitem(w, 0))
print(operator.contains(v, 1), operator.truth(V(0)), operator.index(5))
print(operator.lt(1, 2), operator.eq(v, V(1, 2)), operator.iadd([1], [2]))
print(operator.attrgetter("c")(v), operator.itemgetter(0, 1)([5, 6, 7]), operator.methodcaller("count", 1)([1, 1]))
