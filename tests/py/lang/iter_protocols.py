class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)))
c = Count(2)
print(next(c), next(c), next(c, "end"))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print("seq", v)
print(iter(Seq()).__class__.__name__)
class Cont:
    def __contains__(self, x):
        print("contains", x)
        return x == "yes"
print("yes" in Cont(), "no" in Cont(), "no" not in Cont())
class IterOnly:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in IterOnly(), 7 in IterOnly())
class Len:
    def __len__(self): return 5
print(len(Len()))
class Bad:
    def __iter__(self): return 5
try:
    iter(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
it = iter(lambda: c2.pop(), 0)
c2 = [0, 1, 2, 3]
print(list(it))
class KeyErr:
    def __getitem__(self, i):
        raise StopIteration
print(list(KeyErr()))
a, b, *rest = Count(5)
print(a, b, rest)
