# collections.deque: the native ring buffer's methods, operators, reprs and errors.
from collections import deque
import copy, pickle
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = deque([1,2,3]); print(d, len(d), d[0], d[-1], d[1])
d.append(4); d.appendleft(0); print(d, d.pop(), d.popleft(), d)
d.extend([5,6]); d.extendleft([9,8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(100); print(d)
print(d.count(5), d.index(5), 5 in d, 77 in d)
d.insert(2, 'x'); print(d); d.insert(-1, 'y'); print(d); d.insert(100, 'z'); print(d)
d.remove('x'); print(d); d.reverse(); print(d)
del d[1]; d[0] = 'first'; print(d)
c = d.copy(); print(c == d, c is d, c)
print(deque([1,2]) < deque([1,3]), deque([1]) == deque([1]), deque([1]) != [1])
print(deque([1,2]) + deque([3]), deque([1,2]) * 2, 3 * deque([0]), deque([1,2],3) * 3)
e = deque([1], maxlen=3); e += [2,3,4]; print(e, e.maxlen); e *= 2; print(e)
e = deque([1,2]); e *= 0; print(e)
m = deque(range(10), maxlen=3); print(m); m.appendleft(-1); print(m)
print(list(reversed(deque(range(5)))), list(deque(range(5))))
print(deque[int], repr(deque(maxlen=0)))
z = deque(); z.append(z); print(z)
print(copy.copy(deque([1,[2]],5)), copy.deepcopy(deque([1,[2]],5)))
print(pickle.loads(pickle.dumps(deque([1,2,3],7))))
class D(deque):
    def __init__(self, it, tag):
        super().__init__(it, 4)
        self.tag = tag
x = D(range(6), 'hi'); print(x, x.tag, type(x).__name__, isinstance(x, deque))
class E(deque): pass
print(E([1,2]).copy(), type(E([1]) + E([2])), copy.copy(E([3], 5)))
t(lambda: deque().pop()); t(lambda: deque().popleft())
t(lambda: deque([1])[5]); t(lambda: deque([1])['a']); t(lambda: deque([1])[1:2])
t(lambda: deque([1]).remove(2)); t(lambda: deque([1]).index(2))
t(lambda: deque([1], 1).insert(0, 2)); t(lambda: deque([], -1)); t(lambda: deque([], 'a'))
t(lambda: deque([1]) + [1]); t(lambda: deque(1)); t(lambda: deque([], 1, 2))
t(lambda: deque().rotate('a')); 
def setml(): deque().maxlen = 3
try:
    setml()
except AttributeError as e:
    print("AttributeError")
d = deque([1,2,3]); it = iter(d); next(it); d.append(4); t(lambda: next(it))
d = deque([1,2,3]); it = iter(d); next(it); d[0] = 7; print(next(it))
d = deque([1,2,3]); it = iter(d); print(it.__length_hint__(), type(it).__name__, type(reversed(d)).__name__)
print(bool(deque()), bool(deque([0])))
print(deque('abc', maxlen=2), deque.__module__)
try:
    hash(deque())
except TypeError:
    print("TypeError unhashable")
d = deque(range(20)); 
for i in range(25): d.append(d.popleft() * 2 % 7)
print(d, d.index(3, 2), d.index(3, -5, -1) if 3 in list(d)[-5:-1] else 'no')
t(lambda: deque([1,2,3]).index(1, 1))
class Bad:
    def __eq__(self, o):
        dd.clear(); return False
dd = deque([1, 2, 3])
t(lambda: dd.count(Bad())); dd = deque([1,2,3]); t(lambda: dd.remove(Bad())); dd = deque([1,2,3]); t(lambda: dd.index(Bad()))
dd = deque([1,2,3]); t(lambda: Bad() in dd)
