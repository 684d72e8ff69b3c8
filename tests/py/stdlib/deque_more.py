# collections.deque: subclasses, pickling/copy with state, iterators (reduce, length hint,
# mutation), maxlen edge cases, big rotations and deques used as queues/windows.
import copy
import pickle
from collections import deque


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Q(deque):
    def __init__(self, items=(), label='q'):
        super().__init__(items)
        self.label = label

    def push(self, x):
        self.append(x)
        return self


q = Q([1, 2], 'jobs').push(3)
print(q, q.label, len(q), q.maxlen, type(q).__name__)
q2 = pickle.loads(pickle.dumps(q))
print(q2, q2.label, type(q2).__name__)
print(q.__reduce__()[0].__name__, q.__reduce__()[1:3])
print(copy.deepcopy(deque([[1], [2]], 4)))
d = deque([[1]])
d2 = copy.deepcopy(d)
d2[0].append(2)
print(d, d2)


class M(deque):
    pass


m = M('abc', maxlen=5)
print(m, m.copy(), type(m.copy()).__name__, m * 2, type(m + m).__name__)
print(pickle.loads(pickle.dumps(m)))

# iterators
d = deque(range(5))
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__())
print(it.__reduce__()[1][1], list(it), it.__length_hint__())
r = reversed(d)
print(next(r), list(r))
d = deque(range(3))
it = iter(d)
d.appendleft(9)
t(lambda: next(it))
t(lambda: next(it))
d = deque(range(3))
it = reversed(d)
d.pop()
t(lambda: next(it))
d = deque(range(4))
it = iter(d)
d.reverse()
print(list(it))
d = deque(range(4))
it = iter(d)
d.extend([])
print(list(it))
t(lambda: [x for x in d if d.append(x)])

# maxlen edge cases
z = deque([1, 2], maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(5))
print(z, len(z))
w = deque(maxlen=3)
for i in range(10):
    w.append(i)
print(w, sum(w), w[0], w[-1])
w.extendleft('ab')
print(w)
w = deque([1, 2, 3], maxlen=3)
w *= 2
print(w)
w = deque([1, 2], 5)
w += w
print(w)
w.extend(w)
print(w)
e = deque()
e.extend(e)
print(e, deque() == deque(), deque([1]) > deque(), deque([1, 2]) <= deque([1, 2]))
print(deque([1]) == [1], deque([1]).__eq__([1]), deque('ab') >= deque('aa'))

# rotation and indexing on large deques
d = deque(range(1000))
d.rotate(250)
print(d[0], d[-1], d[500])
d.rotate(-1250)
print(d[0], d[999])
d.rotate(10**18)
print(d[0])
for i in range(0, 1000, 100):
    d[i] = -i
print(sum(d), d.count(-100), d.index(-300))
del d[500]
del d[-1]
del d[0]
print(len(d), d[0], d[-1], d[498])
d.insert(500, 'mid')
print(d.index('mid'), d[500])
d.clear()
print(d, len(d))
for i in range(100):
    d.appendleft(i)
    d.append(-i)
print(d[0], d[-1], d[100], len(d))
while len(d) > 3:
    d.pop()
    d.popleft()
print(d)

# as a BFS queue
grid = ['..#.', '.#..', '....', '#.#.']
seen = {(0, 0): 0}
q = deque([(0, 0)])
while q:
    x, y = q.popleft()
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < 4 and 0 <= ny < 4 and grid[nx][ny] == '.' and (nx, ny) not in seen:
            seen[nx, ny] = seen[x, y] + 1
            q.append((nx, ny))
print(sorted(seen.items())[-3:], max(seen.values()))

# misc
t(lambda: deque([1, 2]).index(2, 0, 1))
t(lambda: deque([1, 2]).index(2, -1))
t(lambda: deque([1, 2]) * 'x')
t(lambda: deque(maxlen=-5))
t(lambda: deque([], maxlen=1.5))
t(lambda: deque(iterable=[1], maxlen=2))
t(lambda: deque([1], foo=2))
t(lambda: deque().insert('a', 1))
t(lambda: deque().count())
print(deque([1, 2, 3])[True], deque.__name__, deque.__module__, deque[str].__args__)
print('maxlen' in dir(deque), deque().__sizeof__() > 0)
