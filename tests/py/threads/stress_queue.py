# Producers and consumers through queue.Queue (bounded and unbounded): exact sums.
import queue
import threading

N_PROD = 4
N_CONS = 4
PER = 5000


def run(q):
    sums = [0] * N_CONS
    counts = [0] * N_CONS

    def producer(k):
        for i in range(PER):
            q.put(k * PER + i)

    def consumer(k):
        s = c = 0
        while True:
            item = q.get()
            if item < 0:
                q.task_done()
                break
            s += item
            c += 1
            q.task_done()
        sums[k] = s
        counts[k] = c

    cons = [threading.Thread(target=consumer, args=(k,)) for k in range(N_CONS)]
    prods = [threading.Thread(target=producer, args=(k,)) for k in range(N_PROD)]
    for t in cons + prods:
        t.start()
    for t in prods:
        t.join()
    q.join()  # every item consumed; now a sentinel for each consumer
    for _ in cons:
        q.put(-1)
    for t in cons:
        t.join()
    n = N_PROD * PER
    print(type(q).__name__, q.maxsize, "count:", sum(counts), "sum ok:",
          sum(sums) == n * (n - 1) // 2, "empty:", q.empty())


run(queue.Queue())
run(queue.Queue(maxsize=8))
run(queue.LifoQueue(maxsize=16))
run(queue.PriorityQueue())

# SimpleQueue and task_done/join with many workers.
sq = queue.SimpleQueue()
out = queue.Queue()


def doubler():
    while True:
        x = sq.get()
        if x is None:
            return
        out.put(x * 2)


ws = [threading.Thread(target=doubler) for _ in range(4)]
for w in ws:
    w.start()
for i in range(10000):
    sq.put(i)
for w in ws:
    sq.put(None)
for w in ws:
    w.join()
total = 0
while not out.empty():
    total += out.get()
print("SimpleQueue sum:", total)

jq = queue.Queue()
seen = [0]
lock = threading.Lock()


def tasker():
    while True:
        x = jq.get()
        with lock:
            seen[0] += x
        jq.task_done()


for _ in range(4):
    threading.Thread(target=tasker, daemon=True).start()
for i in range(5000):
    jq.put(i)
jq.join()
print("join saw:", seen[0])
