# Old-style sequence protocol: __getitem__ alone gives iteration, `in`, unpacking,
# reversed() (with __len__), and the builtins that consume iterables.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i

s = Squares(5)
print(list(s), 9 in s, 10 in s, s[-1], s[1:4], s[::-2])
a, b, *rest = s
print(a, b, rest, sum(s), max(s), sorted(s, reverse=True), tuple(enumerate(s))[:2])
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it), list(it))
try:
    reversed(s)
except TypeError as e:
    print(type(e).__name__, e)
Squares.__len__ = lambda self: self.n
print(list(reversed(s)), len(s))

# Iteration stops on IndexError only; other errors propagate.
class Broken:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i
try:
    list(Broken())
except KeyError as e:
    print(type(e).__name__, e)

# A mapping-like __getitem__ breaks iteration with KeyError.
class Table:
    def __getitem__(self, key):
        return {"a": 1}[key]
try:
    for x in Table():
        pass
except KeyError as e:
    print(type(e).__name__, e)

# __iter__ = None disables iteration even if __getitem__ exists.
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)

# __contains__ beats __iter__ beats __getitem__ for `in`.
class Probe:
    def __contains__(self, x):
        print("contains", x)
        return x == "yes"
    def __iter__(self):
        print("iter")
        return iter(["no"])
print("yes" in Probe(), "no" in Probe(), "no" not in Probe())

# iter(callable, sentinel).
data = [3, 2, 1, 0, 5]
print(list(iter(lambda: data.pop(0), 0)), data)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(next(iter([]), "default"))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ returning a non-iterator.
class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# A class that is its own iterator.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), [x for x in Countdown(2)], dict(zip("ab", Countdown(2))))
