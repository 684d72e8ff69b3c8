# ThreadPoolExecutor: submit, map (timeout, chunksize), shutdown(wait, cancel_futures),
# context manager, thread_name_prefix, max_workers, initializer, BrokenThreadPool.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def add(a, b=0, *, c=0):
    return a + b + c


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(add, 1, 2, c=3)
    print(f.result())
    fs = [ex.submit(square, i) for i in range(100)]
    print(sum(f.result() for f in fs))
    print(list(ex.map(square, range(10))))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(square, range(5), timeout=10, chunksize=3)))
    print(list(ex.map(square, [])))
    g = ex.submit(divmod, 1, 0)
    print(type(g.exception()).__name__)
    try:
        g.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    # An exception inside map() surfaces when its item is reached.
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError:
        print("ZeroDivisionError from map")

try:
    ex.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)

# Thread names, and how many threads are used at most.
names = set()
lock = threading.Lock()
gate = threading.Barrier(3)


def record(i):
    if i < 3:
        gate.wait(5)  # make sure three different workers are busy at once
    with lock:
        names.add(threading.current_thread().name)
    return i


with cf.ThreadPoolExecutor(3, thread_name_prefix="pool") as ex:
    print(sum(ex.map(record, range(30))))
print(sorted(names))
ex = cf.ThreadPoolExecutor()
print(ex._max_workers >= 5, ex._max_workers <= 32)
ex.shutdown()
for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)

# The default prefix names the threads ThreadPoolExecutor-N_K.
with cf.ThreadPoolExecutor(1) as ex:
    name = ex.submit(lambda: threading.current_thread().name).result()
print(name.startswith("ThreadPoolExecutor-"), name.endswith("_0"))

# map() with a timeout raises TimeoutError when a result is late.
release = threading.Event()
with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: release.wait(5) and x, [1, 2])
    with cf.ThreadPoolExecutor(1) as ex2:
        try:
            print(next(ex2.map(time.sleep, [0.2], timeout=0.01)))
        except cf.TimeoutError:
            print("TimeoutError from map")
    release.set()
    print(list(it))

# shutdown(cancel_futures=True) cancels what has not started.
block = threading.Event()
ex = cf.ThreadPoolExecutor(1)
first = ex.submit(block.wait, 5)
time.sleep(0.01)
rest = [ex.submit(square, i) for i in range(5)]
threading.Timer(0.05, block.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])

# shutdown(wait=False) returns at once; the queued work still runs.
ex = cf.ThreadPoolExecutor(2)
slow = [ex.submit(lambda i=i: (time.sleep(0.02), i)[1]) for i in range(4)]
ex.shutdown(wait=False)
print([f.result(timeout=5) for f in slow])

# The initializer runs in every worker with initargs.
inits = []
with cf.ThreadPoolExecutor(2, initializer=inits.append, initargs=("init",)) as ex:
    list(ex.map(square, range(4)))
print(len(inits) >= 1, set(inits))

# A failing initializer breaks the pool (the error goes to stderr).


def bad_init():
    raise ValueError("bad init")


ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(square, 3)
try:
    f.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, "| BrokenExecutor:", isinstance(e, cf.BrokenExecutor))
try:
    ex.submit(square, 4)
except cf.BrokenExecutor as e:
    print("submit after broken:", type(e).__name__)
ex.shutdown()

# Submitting from inside a worker, and futures chained with callbacks.
with cf.ThreadPoolExecutor(4) as ex:
    def outer(n):
        return sum(ex.submit(square, i).result() for i in range(n))
    print(ex.submit(outer, 10).result())
    results = []
    done = threading.Event()
    f = ex.submit(square, 12)
    f.add_done_callback(lambda fut: (results.append(fut.result()), done.set()))
    done.wait(5)
    print(results)
print("ok")
