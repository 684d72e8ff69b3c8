class Once:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done:
            raise StopIteration("finished")
        self.done = True
        return "only"
o = Once()
print(list(o), list(o))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    def __next__(self): return 1
try:
    for x in NotIter(): pass
except TypeError as e:
    print("TypeError:", e)
class IterRetNoNext:
    def __iter__(self): return object()
try:
    iter(IterRetNoNext())
except TypeError as e:
    print("TypeError:", e)
def gen_reentrant():
    yield 1
    yield 2
g = gen_reentrant()
for x in g:
    print("loop1", x)
    break
for x in g:
    print("loop2", x)
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
e = enumerate("xy", start=5)
print(next(e), list(e))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m))
f = filter(None, [0, 1, "", "a", None, []])
print(list(f))
print(iter(o) is o, type(iter([])).__name__, type(iter(range(1))).__name__)
