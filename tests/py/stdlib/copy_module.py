import copy
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque
class P:
    def __init__(self, a): self.a = a; self.l = [1, [2]]
p = P(5); q = copy.copy(p); r = copy.deepcopy(p)
print(type(q).__name__, q.a, q.l is p.l, r.l is p.l, r.l[1] is p.l[1], r.l == p.l)
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = [1]; t = copy.deepcopy(s); print(t.x, t.x is s.x, hasattr(t, 'y'))
class C:
    def __copy__(self): print('copy called'); return 'c'
    def __deepcopy__(self, memo): print('deepcopy called', type(memo)); return 'd'
print(copy.copy(C()), copy.deepcopy(C()))
a = [1, 2]; a.append(a); b = copy.deepcopy(a); print(b[2] is b, b is not a)
Pt = namedtuple('Pt', 'x y'); pt = Pt([1], 2); print(copy.copy(pt), copy.deepcopy(pt).x is pt.x)
dd = defaultdict(list, a=[1]); dd2 = copy.deepcopy(dd); print(dd2, dd2['a'] is dd['a'], copy.copy(dd))
od = OrderedDict(a=1, b=2); print(copy.deepcopy(od), copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)))
class LL(list): pass
ll = LL([1, 2]); ll.tag = 'x'; m = copy.deepcopy(ll); print(type(m).__name__, m, m.tag)
class DD(dict): pass
print(copy.copy(DD(a=1)), type(copy.copy(DD(a=1))).__name__)
t1 = (1, 2, 'a'); print(copy.deepcopy(t1) is t1, copy.copy([1,2]), copy.deepcopy({1: {2: 3}}))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
class G:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st)
g = copy.copy(G()); print(g.a, hasattr(g, 'b'))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
print(copy.copy(int), copy.deepcopy(len), copy.Error)
