# Hand-offs through Condition: a bounded buffer with several producers and consumers,
# and a token passed around a ring of threads in strict order.
import threading

cond = threading.Condition()
buf = []
CAP = 4
N = 4
PER = 3000
done_producers = [0]
consumed = []
lock = threading.Lock()


def producer(k):
    for i in range(PER):
        with cond:
            while len(buf) >= CAP:
                cond.wait()
            buf.append(k * PER + i)
            cond.notify_all()
    with cond:
        done_producers[0] += 1
        cond.notify_all()


def consumer():
    total = 0
    n = 0
    while True:
        with cond:
            while not buf and done_producers[0] < N:
                cond.wait()
            if not buf:
                break
            x = buf.pop(0)
            cond.notify_all()
        total += x
        n += 1
    with lock:
        consumed.append((n, total))


ts = [threading.Thread(target=producer, args=(k,)) for k in range(N)]
ts += [threading.Thread(target=consumer) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
n = N * PER
print("items:", sum(c[0] for c in consumed), "sum ok:",
      sum(c[1] for c in consumed) == n * (n - 1) // 2)

# Token ring: thread k may act only when turn == k.
RING = 6
ROUNDS = 300
turn = [0]
ring = threading.Condition(threading.Lock())
order = []


def member(k):
    for _ in range(ROUNDS):
        with ring:
            ring.wait_for(lambda: turn[0] == k)
            order.append(k)
            turn[0] = (k + 1) % RING
            ring.notify_all()


ts = [threading.Thread(target=member, args=(k,)) for k in range(RING)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("ring:", len(order), order == [i % RING for i in range(RING * ROUNDS)])

# Event ping-pong between two threads.
ping, pong = threading.Event(), threading.Event()
hits = [0, 0]


def pinger():
    for _ in range(500):
        ping.set()
        pong.wait()
        pong.clear()
        hits[0] += 1


def ponger():
    for _ in range(500):
        ping.wait()
        ping.clear()
        hits[1] += 1
        pong.set()


a = threading.Thread(target=pinger)
b = threading.Thread(target=ponger)
a.start()
b.start()
a.join()
b.join()
print("ping-pong:", hits)
