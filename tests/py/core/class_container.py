# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__, __call__.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __iter__(self):
        for y in range(self.h):
            yield self.cells[y * self.w:(y + 1) * self.w]
    def __contains__(self, v):
        return v in self.cells
g = Grid(3, 2)
g[0, 0] = 1
g[2, 1] = 9
print(len(g), g[2, 1], list(g), 9 in g, 5 in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(100)), [x for x in Countdown(3)], max(Countdown(4)))
class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i
print(list(Squares()), Squares()[3], 16 in Squares(), list(zip(Squares(), "abc")))
class Registry:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        print("  set", k)
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        print("  del", k)
        del self.data[k]
    def __len__(self):
        return len(self.data)
    def __call__(self, *keys):
        return [self.data.get(k) for k in keys]
r = Registry()
r["a"] = 1
r["b"] = 2
del r["a"]
print(len(r), r["b"], r("a", "b"), callable(r), bool(r))
class Poly:
    def __init__(self, *coef):
        self.coef = coef
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coef))
    def __len__(self):
        return len(self.coef)
    def __reversed__(self):
        return iter(self.coef[::-1])
p = Poly(1, 2, 3)
print([p(x) for x in range(5)], len(p), list(reversed(p)), list(map(p, [10])))
class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[1:3], list(reversed(d)), "2H" in d, sorted(d)[:3])
