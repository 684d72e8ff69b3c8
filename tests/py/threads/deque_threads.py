# One deque shared by threads: concurrent append/appendleft/pop/popleft/extend keep exact
# counts (no item lost or duplicated), a bounded deque never exceeds maxlen, and iterators
# and reprs racing with writers raise at most "mutated" errors.
import threading
from collections import deque

N = 4
PER = 5000

d = deque()


def producer(k):
    for i in range(PER):
        if i % 2:
            d.append((k, i))
        else:
            d.appendleft((k, i))


ts = [threading.Thread(target=producer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), len(set(d)) == N * PER)

# consumers pop from both ends until empty; every item is taken exactly once
taken = [[] for _ in range(N)]


def consumer(k):
    out = taken[k]
    while True:
        try:
            out.append(d.pop() if k % 2 else d.popleft())
        except IndexError:
            return


ts = [threading.Thread(target=consumer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allitems = [x for part in taken for x in part]
print(len(d), len(allitems), len(set(allitems)) == N * PER)

# producers and consumers at once, with extend/rotate mixed in
d = deque()
counts = [0] * N
stop = threading.Event()


def mixed(k):
    got = 0
    for i in range(PER):
        d.extend((i, i))
        d.rotate(1)
        try:
            d.popleft()
            got += 1
        except IndexError:
            pass
    counts[k] = got


ts = [threading.Thread(target=mixed, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(counts) + len(d) == 2 * N * PER)

# a bounded window
w = deque(maxlen=100)
sizes_ok = [True]


def filler(k):
    for i in range(PER):
        w.append(i)
        if len(w) > 100:
            sizes_ok[0] = False


ts = [threading.Thread(target=filler, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(w), sizes_ok[0])

# readers racing with a writer: only RuntimeError from iteration, valid items otherwise
d = deque(range(1000))
errors = set()


def writer():
    for i in range(3000):
        d.append(i)
        d.popleft()


def reader():
    for _ in range(50):
        try:
            s = 0
            for x in d:
                s += x
        except RuntimeError as e:
            errors.add(str(e))
        r = repr(d)
        assert r.startswith('deque([') and r.endswith('])')
        for f in (lambda: d.count(5), lambda: 5 in d):
            try:
                f()
            except RuntimeError as e:
                errors.add(str(e))


ts = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), errors <= {'deque mutated during iteration'})
