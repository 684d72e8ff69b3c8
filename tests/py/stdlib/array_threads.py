# One thread appends to an array while others read it without locks of their own:
# every read must see a consistent prefix (item i == i), never torn or freed memory.
import threading
from array import array

N = 60000
a = array('q')
done = threading.Event()
problems = []

def writer():
    for i in range(N):
        if i % 1000 == 999:
            a.extend(array('q', [i]))
        else:
            a.append(i)
    done.set()

def index_reader():
    seen = 0
    while not done.is_set() or seen < N:
        n = len(a)
        if n < seen:
            problems.append(('shrunk', n, seen))
            break
        seen = n
        if n:
            for i in (0, n // 2, n - 1):
                v = a[i]
                if v != i:
                    problems.append(('index', i, v))
        if done.is_set() and seen == N:
            break

def bulk_reader():
    while not done.is_set():
        snap = a.tolist()
        if snap != list(range(len(snap))):
            problems.append(('tolist', len(snap)))
            break
        b = a.tobytes()
        if len(b) % 8:
            problems.append(('tobytes', len(b)))
        for i, v in enumerate(a):
            if v != i:
                problems.append(('iter', i, v))
                break
        s = a[10:20]
        if len(s) and s[0] != 10:
            problems.append(('slice', s[0]))

threads = [threading.Thread(target=writer)]
threads += [threading.Thread(target=index_reader) for _ in range(2)]
threads += [threading.Thread(target=bulk_reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(a), sum(a) == N * (N - 1) // 2, a[-1], problems)

# Several writers: every append lands exactly once.
b = array('i')
def appender(base):
    for i in range(2000):
        b.append(base + i)
ws = [threading.Thread(target=appender, args=(k * 10000,)) for k in range(4)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print(len(b), sorted(b) == sorted(k * 10000 + i for k in range(4) for i in range(2000)))

# A mutator shifting and reversing items while readers index and iterate: every value
# read is one the array really held (items are never torn), and memoryviews writing
# under the array's lock interleave with both.
c = array('d', [float(i) for i in range(500)])
valid = set(float(i) for i in range(500)) | {-1.0, -2.0}
stop = threading.Event()
torn = []

def mutator():
    for k in range(200):
        c.insert(0, -1.0)
        c.pop(0)
        c.reverse()
        c[10:20] = c[10:20]
        try:
            with memoryview(c) as m:
                m[0] = m[0]
        except BufferError:
            pass
    stop.set()

def checker():
    while not stop.is_set():
        for i in (0, 1, 250, 498, 499):
            try:
                v = c[i]
            except IndexError:
                continue
            if v not in valid:
                torn.append(v)
        for v in c:
            if v not in valid:
                torn.append(v)
                break

ts = [threading.Thread(target=mutator)] + [threading.Thread(target=checker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(c), sorted(c) == [float(i) for i in range(500)], torn)
