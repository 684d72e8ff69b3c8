# Many short-lived threads started and joined (in batches and one by one), each doing a
# little allocation: exact results, and no thread left behind.
import threading

results = []
lock = threading.Lock()


def small(i):
    data = [(i, j) for j in range(50)]
    s = sum(a * b for a, b in data)
    with lock:
        results.append(s)


total_threads = 0
for batch in range(20):
    ts = [threading.Thread(target=small, args=(batch * 20 + k,)) for k in range(20)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total_threads += len(ts)
for i in range(100):
    t = threading.Thread(target=small, args=(400 + i,))
    t.start()
    t.join()
    total_threads += 1
print("threads:", total_threads, "results:", len(results))
print("sum ok:", sum(results) == sum(i * sum(range(50)) for i in range(500)))
print("active:", threading.active_count(), [t.name for t in threading.enumerate()])

# Threads that start threads.
tree = []


def node(depth):
    if depth == 0:
        with lock:
            tree.append(1)
        return
    kids = [threading.Thread(target=node, args=(depth - 1,)) for _ in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


node(6)
print("leaves:", len(tree))
