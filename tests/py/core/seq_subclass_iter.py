# Containers built from a tuple/list/set/dict/str SUBCLASS follow CPython: an overridden
# __iter__ is used by tuple(), list(), extend, +=, unpacking, *x and for; dict(x) and
# dict.update(x) use a dict subclass's storage only while __iter__ is not overridden.
class T(tuple):
    def __iter__(self):
        yield from super().__iter__()
        yield 'extra'
class L(list):
    def __iter__(self):
        yield from super().__iter__()
        yield 'extra'
class S(set):
    def __iter__(self):
        yield from sorted(super().__iter__())
        yield 'extra'
class FS(frozenset):
    def __iter__(self):
        yield from sorted(super().__iter__())
        yield 'extra'
class D(dict):
    def __iter__(self):
        yield from super().__iter__()
        yield 'extra'
    def __getitem__(self, k):
        return 'got-' + str(k)
class DK(dict):
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 'got-' + str(k)
class Str(str):
    def __iter__(self):
        yield 'X'
def f(*a): return a
for name, x in [('T', T((1, 2))), ('L', L([1, 2])), ('S', S({1, 2})), ('FS', FS({1, 2})), ('D', D(a=1)), ('DK', DK(a=1, b=2)), ('Str', Str('ab'))]:
    print(name, 'tuple', tuple(x))
    print(name, 'list', list(x))
    l = []; l.extend(x); print(name, 'extend', l)
    l = [0]; l += x; print(name, '+=', l)
    print(name, 'set', sorted(map(str, set(x))))
    print(name, 'frozenset', sorted(map(str, frozenset(x))))
    s = set(); s.update(x); print(name, 'set.update', sorted(map(str, s)))
    print(name, 'star', [*x], f(*x), (*x,), sorted(map(str, {*x})))
    print(name, 'for', [v for v in x])
    try: print(name, 'dict', dict(x))
    except Exception as e: print(name, 'dict', type(e).__name__, e)
    d = {}
    try: d.update(x); print(name, 'update', d)
    except Exception as e: print(name, 'update', type(e).__name__, e)
    try: print(name, 'kw', f(**x) if isinstance(x, dict) else '')
    except Exception as e: print(name, 'kw', type(e).__name__, e)
    print(name, 'join', '-'.join(map(str, x)), '-'.join(str(v) for v in x))
    print(name, 'sorted', sorted(map(str, x)), 'min', min(map(str, x)), 'sum', len(list(enumerate(x))))
    print(name, 'zip', list(zip(x, x)), 'in', 'extra' in x, 'map', list(map(str, x)))
    try: print(name, 'unpack', *x)
    except Exception as e: print(name, 'unpack', type(e).__name__, e)
    print(name, 'dict.fromkeys', dict.fromkeys(x))
    print(name, 'sum', sum(1 for _ in x), 'any', any(v == 'extra' for v in x))
    if isinstance(x, str):
        print(name, '\'\'.join', ''.join(x))
t = T((1, 2))
a, b, c = t
print(a, b, c)
first, *rest = L([1, 2])
print(first, rest)
class T2(tuple):
    pass
class L2(list):
    pass
print(tuple(T2((1, 2))), list(L2([3])), [*T2((4,))], f(*L2([5, 6])))

class DD(dict):
    def __iter__(self):
        yield from super().__iter__()
        yield 'extra'
    def keys(self):
        return ['a', 'zz']
    def __getitem__(self, k):
        return 'got-' + str(k)
class D2(dict):
    def keys(self):
        return ['a']
def kw(**k):
    return k
for x in (DD(a=1), D2(a=1, b=2)):
    print({**x}, kw(**x), dict(x), dict(x, c=3), list(x), dict(**x))
    d = {}
    d.update(x)
    print(d, {} | x, {'q': 0} | x)
    d = {}
    d |= x
    print(d, sorted(set(x)), max(x), [k for k in x])
