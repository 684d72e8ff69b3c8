# Many small tasks through ThreadPoolExecutor: submit, map, as_completed, callbacks and
# tasks that submit tasks; exact totals.
import concurrent.futures as cf
import threading


def work(i):
    s = 0
    for j in range(i % 50):
        s += j * i
    return s


expected = sum(work(i) for i in range(2500))

with cf.ThreadPoolExecutor(8) as ex:
    fs = [ex.submit(work, i) for i in range(2500)]
    print("submit:", sum(f.result() for f in fs) == expected)
    print("map:", sum(ex.map(work, range(2500))) == expected)
    fs = [ex.submit(work, i) for i in range(2500)]
    n = 0
    total = 0
    for f in cf.as_completed(fs):
        n += 1
        total += f.result()
    print("as_completed:", n, total == expected)

    # Done-callbacks run on the worker threads; count them under a lock.
    lock = threading.Lock()
    acc = [0, 0]
    all_done = threading.Event()

    def cb(f):
        with lock:
            acc[0] += 1
            acc[1] += f.result()
            if acc[0] == 2000:
                all_done.set()

    for i in range(2000):
        ex.submit(work, i).add_done_callback(cb)
    all_done.wait(30)
    print("callbacks:", acc[0], acc[1] == sum(work(i) for i in range(2000)))

    # Fan-out from inside tasks (a second executor avoids starving this one).
    with cf.ThreadPoolExecutor(4) as inner:
        def fan(base):
            return sum(inner.submit(work, base + j).result() for j in range(10))
        print("fan-out:", sum(ex.map(fan, range(0, 2000, 10))) ==
              sum(work(i) for i in range(2000)))

# Many executors created and shut down.
total = 0
for k in range(30):
    with cf.ThreadPoolExecutor(4) as ex:
        total += sum(ex.map(work, range(k * 10, k * 10 + 10)))
print("executors:", total == sum(work(i) for i in range(300)))
