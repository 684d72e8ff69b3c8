# multiprocessing Value, Array, Queue, JoinableQueue, SimpleQueue, Lock, RLock, Pipe.
import multiprocessing as mp
import queue


def add_many(counter, arr, n, idx):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    arr[idx] = idx * 10


def producer(q, start, n):
    for i in range(start, start + n):
        q.put(i)


def consumer(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 2)
        jq.task_done()


def pipe_child(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg.upper())
    conn.close()


if __name__ == "__main__":
    v = mp.Value("i", 5)
    print(v.value, repr(v))
    v.value = 7
    print(v.value, type(v.get_lock()).__name__)
    d = mp.Value("d", 1.5)
    print(d.value, mp.Value("d").value, mp.Value("i").value, mp.Value("d", 3).value)
    raw = mp.Value("i", 3, lock=False)
    print(raw.value, hasattr(raw, "get_lock"))
    big = mp.Value("i", 2 ** 31)
    print("wraps:", big.value)
    with v:
        v.value += 1
    print(v.value)
    try:
        mp.Value("i", 1.5)
    except TypeError as e:
        print("TypeError:", e)

    a = mp.Array("i", 4)
    print(len(a), list(a), a[:], a[0])
    a[1] = 9
    a[2:4] = [7, 8]
    print(list(a), a[-1], a[1:3], [x for x in a], sum(a))
    b = mp.Array("d", [1.0, 2.5, 3.0])
    print(list(b), b.get_lock() is not None)
    try:
        a[0:2] = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
    try:
        a[10]
    except IndexError as e:
        print("IndexError:", e)
    c = mp.Array("c", b"hi")
    print(c.value, c[:], c[0], len(c))
    r = mp.RawArray("i", [1, 2, 3])
    print(list(r), r[1])
    print(mp.RawValue("d", 2.0).value)

    counter = mp.Value("i", 0)
    arr = mp.Array("i", 4)
    ps = [mp.Process(target=add_many, args=(counter, arr, 500, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("counter:", counter.value, "arr:", list(arr))

    # Queue between processes.
    q = mp.Queue()
    ps = [mp.Process(target=producer, args=(q, k * 100, 100)) for k in range(4)]
    for p in ps:
        p.start()
    items = [q.get(timeout=5) for _ in range(400)]
    for p in ps:
        p.join()
    print("queue:", len(items), sum(items), sorted(items) == list(range(400)))
    print(q.empty(), q.qsize())
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print("queue.Empty")
    try:
        q.get_nowait()
    except queue.Empty:
        print("queue.Empty (nowait)")
    bq = mp.Queue(maxsize=1)
    bq.put(1)
    print(bq.full())
    try:
        bq.put(2, timeout=0.01)
    except queue.Full:
        print("queue.Full")
    try:
        bq.put_nowait(2)
    except queue.Full:
        print("queue.Full (nowait)")
    print(bq.get())
    bq.close()
    bq.join_thread()

    jq = mp.JoinableQueue()
    out = mp.Queue()
    cs = [mp.Process(target=consumer, args=(jq, out)) for _ in range(3)]
    for p in cs:
        p.start()
    for i in range(50):
        jq.put(i)
    for _ in cs:
        jq.put(None)
    jq.join()
    for p in cs:
        p.join()
    print("joinable:", sum(out.get(timeout=5) for _ in range(50)))

    sq = mp.SimpleQueue()
    print(sq.empty())
    sq.put("x")
    print(sq.empty(), sq.get())

    # Locks
    lk = mp.Lock()
    print(lk.acquire(), lk.acquire(False), lk.acquire(True, 0.01))
    lk.release()
    with lk:
        print("with Lock")
    rl = mp.RLock()
    print(rl.acquire(), rl.acquire())
    rl.release()
    rl.release()
    sem = mp.Semaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(False))
    sem.release()
    sem.release()
    bs = mp.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    ev.set()
    print(ev.wait(1))
    cond = mp.Condition()
    with cond:
        print(cond.wait(0.01))

    # Pipe
    parent, child = mp.Pipe()
    p = mp.Process(target=pipe_child, args=(child,))
    p.start()
    replies = []
    for word in ("alpha", "beta"):
        parent.send(word)
        replies.append(parent.recv())
    print(replies, parent.poll(0.01))
    parent.send(None)
    p.join()
    r, w = mp.Pipe(duplex=False)
    w.send([1, 2, {"k": 3}])
    print(r.poll(), r.recv())
    w.send_bytes(b"raw bytes")
    print(r.recv_bytes())
    w.close()
    r.close()
