# multiprocessing.Pool (threads in taipan, processes in CPython): map, imap,
# imap_unordered, starmap, apply, apply_async/AsyncResult, map_async, callbacks, close,
# join, terminate, context manager.
import multiprocessing as mp
import time


def square(x):
    return x * x


def power(a, b):
    return a ** b


def kw(a, b=0, c=0):
    return (a, b, c)


def fail(x):
    if x == 3:
        raise ValueError("three")
    return x


def slow(x):
    time.sleep(0.3)
    return x


def worker_name(_):
    return mp.current_process().name


def init(tag):
    global INIT_TAG
    INIT_TAG = tag


def get_tag(_):
    return INIT_TAG


if __name__ == "__main__":
    print(type(mp.cpu_count()) is int, mp.cpu_count() >= 1)
    with mp.Pool(processes=3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(100), chunksize=7) == [x * x for x in range(100)])
        print(pool.map(square, []))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(sorted(pool.imap_unordered(square, iter(range(20)), chunksize=4)))
        print(pool.apply(kw, (1,), {"c": 3}))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=5), r.ready(), r.successful())
        r.wait()
        m = pool.map_async(square, range(5))
        print(m.get(5), m.ready(), m.successful())
        s = pool.starmap_async(power, [(2, 5)])
        print(s.get(5))
        # Errors come back to the caller.
        try:
            pool.map(fail, range(6))
        except ValueError as e:
            print("ValueError from map:", e)
        r = pool.apply_async(fail, (3,))
        r.wait(5)
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print("ValueError from get:", e)
        it = pool.imap(fail, range(6))
        print(next(it), next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print("ValueError from imap:", e)
        print(next(it), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
        # Callbacks
        got = []
        r = pool.apply_async(square, (9,), callback=got.append)
        r.wait(5)
        m = pool.map_async(square, [1, 2, 3], callback=got.append)
        m.wait(5)
        e = pool.apply_async(fail, (3,), error_callback=lambda exc: got.append(repr(exc)))
        e.wait(5)
        print(got)
        # Timeouts
        r = pool.apply_async(slow, (1,))
        try:
            r.get(timeout=0.01)
        except mp.TimeoutError:
            print("TimeoutError", r.ready())
        try:
            r.successful()
        except ValueError:
            print("ValueError: not ready")
        print(r.get(timeout=5))
        it = pool.imap(slow, [7])
        try:
            it.next(timeout=0.01)
        except mp.TimeoutError:
            print("imap TimeoutError")
        print(it.next(timeout=5))
        names = set(pool.map(worker_name, range(30)))
        print(all(n.startswith("ForkPoolWorker-") for n in names), len(names) <= 3)
        print(repr(pool).endswith("state=RUN pool_size=3>"))
        try:
            pool.join()
        except ValueError as e:
            print("ValueError:", e)

    pool = mp.Pool(2, initializer=init, initargs=("tagged",))
    print(pool.map(get_tag, range(4)))
    pool.close()
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print("ValueError:", e)
    pool.join()
    print("joined")

    pool = mp.Pool(2)
    results = [pool.apply_async(square, (i,)) for i in range(10)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
    pool.terminate()

    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError:", e)
    print(mp.current_process().name)
