from collections import deque, defaultdict, OrderedDict, namedtuple, Counter, ChainMap, UserDict, UserList
import threading
d = deque([1, 2, 3]); d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d, d.count('a'), d.index('a'), 'x' in d, list(reversed(d)))
d.rotate(2); print(d); d.rotate(-3); print(d); d.reverse(); print(d)
d.insert(1, 'I'); d.remove('I'); del d[0]; d[0] = 'Z'; print(d, d.copy(), d == deque(d), d != deque())
m = deque(range(5), maxlen=3); print(m, m.maxlen); m.append(9); print(m); m.appendleft(-1); print(m)
m.extend([7, 8]); print(m, list(m))
print(deque(), deque(maxlen=0), deque('abc', 2), deque([1]) + deque([2]), deque([1, 2]) * 2, bool(deque()))
e = deque(); 
for bad in [e.pop, e.popleft, lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2)]:
    try: bad()
    except (IndexError, ValueError) as ex: print(type(ex).__name__, ex)
q = deque(); out = []
def producer():
    for i in range(2000): q.append(i)
def consumer():
    n = 0
    while n < 2000:
        try: out.append(q.popleft()); n += 1
        except IndexError: pass
ts = [threading.Thread(target=producer), threading.Thread(target=producer), threading.Thread(target=consumer), threading.Thread(target=consumer)]
for t in ts: t.start()
for t in ts: t.join()
print(len(out), sorted(out) == sorted(list(range(2000)) * 2), len(q))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]: dd[k].append(v)
print(dd, dd['zz'], len(dd), dict(dd), dd.default_factory)
ci = defaultdict(int); 
for ch in 'mississippi': ci[ch] += 1
print(sorted(ci.items()), defaultdict(), defaultdict(None, {1: 2}))
try: defaultdict(None)['x']
except KeyError as e: print('KeyError', e)
try: defaultdict(5)
except TypeError as e: print(e)
print(isinstance(dd, dict), dd.copy(), type(dd.copy()).__name__)
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys('abcde'); od.move_to_end('b'); print(''.join(od)); od.move_to_end('b', last=False); print(''.join(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(), OrderedDict([(1, 2)]))
try: OrderedDict().popitem()
except KeyError as e: print('KeyError', e)
try: od.move_to_end('zz')
except KeyError as e: print('KeyError', e)
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22); print(p, p.x + p.y, p[0], tuple(p), Point._fields, p._asdict(), p._replace(x=100), Point._make([1, 2]))
x, y = p; print(x, y, isinstance(p, tuple), p == (11, 22), Point.__name__, Point.__doc__, Point.x.__doc__)
P3 = namedtuple('P3', 'a b c', defaults=[0, 1]); print(P3(5), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True); print(R._fields)
for bad in [lambda: namedtuple('T', 'a a'), lambda: namedtuple('T', 'a _b'), lambda: namedtuple('T', 'a def'), lambda: namedtuple('T', 'a 1b'), lambda: Point(1), lambda: Point._make([1]), lambda: p._replace(z=1)]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    @property
    def hyp(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return 'Pt: x=%6.3f  y=%6.3f  hyp=%6.3f' % (self.x, self.y, self.hyp)
print(Pt(3, 4), repr(Pt(3, 4)))
c = Counter('abracadabra'); print(c, c['a'], c['zz'], c.most_common(2), sorted(c.elements())[:6], c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c, +c, -c)
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, c1 == Counter(b=1, a=3), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= c1)
print(Counter(), Counter({'x': 2}), Counter(cats=4, dogs=8), Counter('hello world').most_common(3))
del c1['zz']; del c1['a']; print(c1)
words = 'the quick the lazy the dog quick'.split(); print(Counter(words).most_common(2))
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(e)
c3 = Counter(a=2); c3 += Counter(a=-5, b=1); print(c3)
base = {'a': 1, 'b': 2}; over = {'b': 3}
cm = ChainMap(over, base); print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0), 'a' in cm, cm)
ch = cm.new_child({'c': 4}); ch['d'] = 5; print(ch, ch.parents, ch.maps[0], dict(ch))
del ch['d']
try: del ch['a']
except KeyError as e: print('KeyError', e)
print(list(ChainMap({'x': 1}, {'y': 2, 'x': 0}).items()))
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), ud.data, 'a' in ud)
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], len(ul), ul + [9])
