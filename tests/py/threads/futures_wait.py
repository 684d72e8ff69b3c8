# concurrent.futures.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout) and
# as_completed (order of completion, duplicates, timeout).
import concurrent.futures as cf
import threading

ev = [threading.Event() for _ in range(4)]


def gated(i, fail=False):
    ev[i].wait(5)
    if fail:
        raise ValueError(f"fail {i}")
    return i


with cf.ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(gated, i) for i in range(3)]
    done, not_done = cf.wait(fs, timeout=0.02)
    print("timeout:", len(done), len(not_done))
    ev[1].set()
    r = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print("first completed:", sorted(f.result() for f in r.done), len(r.not_done))
    print(type(r).__name__, r.done is r[0], r.not_done is r[1])
    ev[0].set()
    ev[2].set()
    done, not_done = cf.wait(fs)
    print("all:", sorted(f.result() for f in done), len(not_done))
    # Already done: returns at once for every mode.
    for mode in (cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED):
        done, not_done = cf.wait(fs, return_when=mode)
        print(mode, len(done), len(not_done))

for e in ev:
    e.clear()
with cf.ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(gated, 0), ex.submit(gated, 1, True), ex.submit(gated, 2)]
    ev[1].set()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print("first exception:", [repr(f.exception()) for f in done], len(not_done))
    ev[0].set()
    ev[2].set()
    done, not_done = cf.wait(fs)
    print("all done:", len(done), len(not_done))

# FIRST_EXCEPTION with no exception waits for all.
with cf.ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(20)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done), sum(f.result() for f in done))

# wait() on plain futures, some cancelled.
a, b = cf.Future(), cf.Future()
b.cancel()
print(b.set_running_or_notify_cancel())  # wait() sees a cancel only once notified
threading.Timer(0.01, a.set_result, args=(5,)).start()
done, not_done = cf.wait([a, b])
print(len(done), len(not_done), a.result(), b.cancelled())
print(cf.wait([], timeout=0))

# as_completed yields futures in the order they finish.
for e in ev:
    e.clear()
with cf.ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(gated, i) for i in range(4)]
    order = []
    it = cf.as_completed(fs + fs[:2])  # duplicates are yielded once
    for k in (2, 0, 3, 1):
        ev[k].set()
        order.append(next(it).result())
    print("as_completed order:", order)
    print(list(it))

# Already-finished futures come first; a timeout raises TimeoutError.
done_f = cf.Future()
done_f.set_result("ready")
pending = cf.Future()
got = []
try:
    for f in cf.as_completed([pending, done_f], timeout=0.05):
        got.append(f.result())
except cf.TimeoutError as e:
    print("TimeoutError:", e)
print(got)
pending.set_result(1)

with cf.ThreadPoolExecutor(8) as ex:
    fs = {ex.submit(pow, i, 2): i for i in range(50)}
    total = 0
    for f in cf.as_completed(fs):
        total += f.result() - fs[f] ** 2
        total += fs[f]
    print("as_completed total:", total)
