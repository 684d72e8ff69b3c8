# 8 threads update one dict under a Lock: counts are exact. Also a counter in a global
# and an instance attribute, each under a lock, and setdefault/pop races.
import threading

N = 8
M = 10000
lock = threading.Lock()
counts = {}
total = 0


class Box:
    def __init__(self):
        self.n = 0


box = Box()
start = threading.Barrier(N)


def worker(k):
    global total
    start.wait()
    for i in range(M):
        key = i % 100
        with lock:
            counts[key] = counts.get(key, 0) + 1
            total += 1
            box.n += 1


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("keys:", len(counts), "sum:", sum(counts.values()))
print("each:", set(counts.values()))
print("total:", total, "box:", box.n)

# Each thread owns its keys: no lock needed for exact results.
own = {}


def owner(k):
    start.wait()
    for i in range(M // 2):
        own[(k, i)] = i
    for i in range(0, M // 2, 2):
        del own[(k, i)]


ts = [threading.Thread(target=owner, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("own:", len(own), sum(own.values()) == N * sum(range(1, M // 2, 2)))

# setdefault from many threads: exactly one list per key, every append kept.
lists = {}


def setdef(k):
    start.wait()
    for i in range(2000):
        lists.setdefault(i % 10, []).append(k)


ts = [threading.Thread(target=setdef, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("setdefault:", len(lists), sum(len(v) for v in lists.values()))

# pop() races: each key is popped by exactly one thread.
pool = {i: i for i in range(M)}
got = [0] * N


def popper(k):
    start.wait()
    n = 0
    for i in range(M):
        if pool.pop(i, None) is not None:
            n += 1
    got[k] = n


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("popped:", sum(got), "left:", len(pool))
