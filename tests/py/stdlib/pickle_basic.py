# pickle.dumps of builtin values at every protocol: the bytes are CPython's, and loads round-trips them.
import pickle, sys
class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
class Slotted:
    __slots__ = ('a', 'b')
class WithState:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
class NewArgs(int):
    def __new__(cls, v, tag=None):
        o = int.__new__(cls, v); o.tag = tag; return o
    def __getnewargs_ex__(self): return (int(self),), {'tag': self.tag}
class MyList(list): pass
class MyDict(dict): pass
def func(): pass
s = 'shared'
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**31 - 1, 2**64, -2**64, 10**100, -(10**100),
          0.0, -1.5, 1e300, float('inf'), 1j, 2.5-3j, '', 'abc', 'h\xe9\u20ac\U0001f600', b'', b'ab', b'x' * 300, bytearray(b'ba'),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, [3]], {}, {'a': 1}, {'a': 1, 'b': [2]}, {1}, frozenset(), frozenset([5]),
          [s, s], Point, func, len, pickle.dumps.__name__, range(5), slice(1, 2, 3), ValueError, type(None), NotImplemented, Ellipsis, int,
          Point(1, 'two'), MyList([1, 2]), MyDict(k=3), list(range(20)), {str(i): i for i in range(3)}]
for proto in range(0, 6):
    for v in values:
        try:
            d = pickle.dumps(v, proto)
            print(proto, d)
        except Exception as e:
            print(proto, repr(v)[:30], type(e).__name__, e)
            continue
        back = pickle.loads(d)
        if not (back == v or (v != v) or type(v) in (Slotted,)):
            print('  MISMATCH', repr(back)[:60])
sl = Slotted(); sl.a = 1
for proto in (2, 4):
    print(pickle.dumps(sl, proto))
    r = pickle.loads(pickle.dumps(sl, proto)); print(r.a, hasattr(r, 'b'))
    w = pickle.loads(pickle.dumps(WithState(), proto)); print(w.v)
    n = pickle.loads(pickle.dumps(NewArgs(5, 'x'), proto)); print(n, n.tag, type(n).__name__)
    print(pickle.dumps(NewArgs(5, 'x'), proto))
rec = [1]; rec.append(rec)
d = pickle.dumps(rec); print(d); r = pickle.loads(d); print(r[1] is r)
t = ([],); t[0].append(t); d = pickle.dumps(t); print(d); r = pickle.loads(d); print(r[0][0] is r)
dd = {}; dd['self'] = dd; r = pickle.loads(pickle.dumps(dd)); print(r['self'] is r)
shared = [1, 2]; r = pickle.loads(pickle.dumps([shared, shared, (shared,)])); print(r[0] is r[1] is r[2][0])
