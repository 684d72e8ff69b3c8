# Lock and RLock (threading and _thread): acquire/release/locked, timeouts, errors.
import _thread
import threading
import time

lock = threading.Lock()
print(type(lock) is _thread.LockType, type(lock).__name__)
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False))
t0 = time.monotonic()
print(lock.acquire(True, 0.05), time.monotonic() - t0 >= 0.04)
print(lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(True, -5)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

# A Lock may be released by another thread.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())

# Another thread's acquire with timeout fails while we hold it.
out = []
with lock:
    t = threading.Thread(target=lambda: out.append(lock.acquire(True, 0.02)))
    t.start()
    t.join()
print("other acquire while held:", out)

# Blocking acquire wakes when released.
lock.acquire()
got = []


def waiter():
    lock.acquire()
    got.append("got it")
    lock.release()


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
print("before release:", got)
lock.release()
t.join()
print("after release:", got)

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
print(r._is_owned())
r.release()
r.release()
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with ok")

# Only the owner may release an RLock; others cannot acquire it.
r.acquire()
res = []


def other():
    res.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        res.append("RuntimeError: " + str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(res)
r.release()
t = threading.Thread(target=other)
t.start()
t.join()
print(res[-1])

# _thread
print(_thread.error is RuntimeError)
lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, lk.acquire_lock(), lk.locked())
lk.release_lock()
print(lk.locked())
print(_thread.TIMEOUT_MAX > 1000)
done = _thread.allocate_lock()
done.acquire()
box = {}


def job(a, b, c=0):
    box["sum"] = a + b + c
    box["ident"] = _thread.get_ident()
    done.release()


ident = _thread.start_new_thread(job, (1, 2), {"c": 3})
done.acquire()
print(box["sum"], type(ident) is int, box["ident"] == ident, ident != _thread.get_ident())
deadline = time.monotonic() + 5
while _thread._count() and time.monotonic() < deadline:
    time.sleep(0.005)
print("_count:", _thread._count())
try:
    _thread.start_new_thread(job, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError:", e)
rl = _thread.RLock()
print(rl.acquire(), rl.acquire(), rl._is_owned())
rl.release()
rl.release()
print(rl._is_owned())
