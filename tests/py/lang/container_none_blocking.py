class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
class NoHash:
    __hash__ = None
class Sub(NoContains):
    pass
class Restored(NoContains):
    def __contains__(self, x): return x == 1
for label, fn in [("in", lambda: 1 in NoContains()), ("in sub", lambda: 1 in Sub()),
                  ("iter", lambda: iter(NoIter())), ("list", lambda: list(NoIter())),
                  ("in noiter", lambda: 1 in NoIter()),
                  ("hash", lambda: hash(NoHash())), ("set", lambda: {NoHash()}),
                  ("restored", lambda: 1 in Restored())]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
NoContains.__contains__ = lambda self, x: True
print(5 in NoContains(), 5 in Sub())
