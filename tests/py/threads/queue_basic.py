# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full, timeouts, task_done/join.
import queue
import threading
import time

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty (block=False)")
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout", time.monotonic() - t0 >= 0.04)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize(), b.maxsize)
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.02)
except queue.Full:
    print("Full after timeout")
try:
    b.put(3, block=False)
except queue.Full:
    print("Full (block=False)")
# A blocked put wakes when a slot frees up.
t = threading.Thread(target=b.put, args=(3,))
t.start()
time.sleep(0.01)
print("blocked put alive:", t.is_alive())
print(b.get())
t.join()
print([b.get(), b.get()], b.empty())

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z"), (5, "e")]:
    pq.put(item)
print([pq.get() for _ in range(5)])
pq = queue.PriorityQueue(maxsize=1)
pq.put(9)
try:
    pq.put_nowait(1)
except queue.Full:
    print("PriorityQueue Full")

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# A blocked get wakes on put from another thread.
q = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=5)))
t.start()
q.put("hello")
t.join()
print(got)

# task_done / join
jq = queue.Queue()
done_items = []
lock = threading.Lock()


def worker():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            return
        with lock:
            done_items.append(item * 2)
        jq.task_done()


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(30):
    jq.put(i)
jq.join()
print("joined:", len(done_items), sum(done_items), jq.unfinished_tasks)
for w in ws:
    jq.put(None)
for w in ws:
    w.join()
try:
    jq.task_done()
except ValueError as e:
    print("ValueError:", e)
