import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch, cached_property
import operator, threading
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 0))
try: reduce(operator.add, [])
except TypeError as e: print(e)
def f(a, b, c=0, *, d=1): return (a, b, c, d)
p = partial(f, 1, d=5); print(p(2), p(2, 3, d=7), p.func is f, p.args, p.keywords)
pp = partial(p, 2, c=9); print(pp(), pp.func is f, pp.args, pp.keywords)
print(repr(partial(max, 1, key=abs)))
class MyPartial(partial): pass
print(repr(MyPartial(max, 2)), MyPartial(max, 2)(5))
basetwo = partial(int, base=2); basetwo.__doc__ = 'Convert base 2 string to an int.'; print(basetwo('10010'))
try: partial(1)
except TypeError as e: print(e)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=None, typed=True)
def ident(x): return type(x).__name__
print(ident(1), ident(1.0), ident(1), ident.cache_info())
@cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info().hits, fact.cache_info().misses)
@lru_cache(maxsize=0)
def nocache(x): return x
nocache(1); nocache(1); print(nocache.cache_info())
try: lru_cache('x')
except TypeError as e: print(e)
@lru_cache(maxsize=64)
def slow(n): return n * 2
def worker():
    for i in range(200): assert slow(i % 50) == (i % 50) * 2
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
info = slow.cache_info(); print(info.hits + info.misses, info.currsize)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    """Doubles x."""
    return 2 * x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(4), documented(5))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), sorted([V(3), V(1), V(2)], key=lambda v: v.v)[0].v)
try:
    @total_ordering
    class Bad: pass
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
@singledispatch
def show(x): return 'object ' + repr(x)
@show.register
def _(x: int): return 'int %d' % x
@show.register(list)
def _(x): return 'list of %d' % len(x)
@show.register(str)
@show.register(bytes)
def _(x): return 'text ' + repr(x)
print(show(1), show(True), show([1, 2]), show('s'), show(b'b'), show(2.5), show.dispatch(bool).__name__)
print(sorted(k.__name__ for k in show.registry))
try: show()
except TypeError as e: print(e)
class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def total(self):
        print('computing'); return sum(range(self.n))
d = Data(10); print(d.total, d.total, 'total' in d.__dict__)
del d.total; print(d.total)
print(type(Data.total).__name__)
class Cell:
    def __init__(self): self.v = 0
    def set(self, v): self.v = v
    set_one = functools.partialmethod(set, 1)
c = Cell(); c.set_one(); print(c.v)
