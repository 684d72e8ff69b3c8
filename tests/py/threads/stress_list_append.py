# 8 threads append 10000 items each to one list: nothing is lost or duplicated.
# Then 8 threads pop from the shared list until it is empty: every item comes out once.
import threading

N_THREADS = 8
N_ITEMS = 10000
shared = []
start = threading.Barrier(N_THREADS)


def appender(k):
    start.wait()
    base = k * N_ITEMS
    for i in range(N_ITEMS):
        shared.append(base + i)


ts = [threading.Thread(target=appender, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("len:", len(shared))
print("sum ok:", sum(shared) == sum(range(N_THREADS * N_ITEMS)))
print("distinct:", len(set(shared)))
# Each thread's items are in its own order.
pos = {}
ordered = True
for x in shared:
    k = x // N_ITEMS
    if pos.get(k, -1) >= x:
        ordered = False
    pos[k] = x
print("per-thread order kept:", ordered)

popped = [[] for _ in range(N_THREADS)]


def popper(k):
    start.wait()
    mine = popped[k]
    while True:
        try:
            mine.append(shared.pop())
        except IndexError:
            return


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = [x for p in popped for x in p]
print("popped:", len(allp), "left:", len(shared), "distinct:", len(set(allp)))
print("sum ok:", sum(allp) == sum(range(N_THREADS * N_ITEMS)))

# Mixed: extend, insert at 0, and index assignment on a preallocated list.
slots = [0] * (N_THREADS * 1000)
other = []


def mixed(k):
    start.wait()
    for i in range(1000):
        slots[k * 1000 + i] = k + 1
        other.extend((k, i))
        if i % 100 == 0:
            other.insert(0, -1)


ts = [threading.Thread(target=mixed, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("slots:", sum(slots), slots.count(0))
print("other:", len(other), other.count(-1))
