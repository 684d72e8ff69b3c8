# 8 threads add to one set (overlapping ranges) and discard from another.
import threading

N = 8
M = 10000
s = set()
start = threading.Barrier(N)


def adder(k):
    start.wait()
    for i in range(M):
        s.add(i)             # every thread adds the same 0..M-1
        s.add(M * (k + 1) + i)  # and a range of its own


ts = [threading.Thread(target=adder, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("len:", len(s), "expected:", M + N * M)
print("sum ok:", sum(s) == sum(range(M)) + sum(M * (k + 1) + i for k in range(N) for i in range(M)))

t2 = set(range(N * M))
removed = [0] * N


def remover(k):
    start.wait()
    n = 0
    for i in range(k, N * M, N):
        t2.discard(i)
        n += 1
    removed[k] = n


ts = [threading.Thread(target=remover, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("after discard:", len(t2), sum(removed))

# Strings and tuples as elements (hashing in parallel).
u = set()


def strs(k):
    start.wait()
    for i in range(2000):
        u.add(f"key{i}")
        u.add((i % 50, "t"))


ts = [threading.Thread(target=strs, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("strings+tuples:", len(u))
