# Semaphore and BoundedSemaphore: counting, blocking, timeouts, release(n), errors.
import threading
import time

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False))
t0 = time.monotonic()
print(s.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
s.release(2)
with s:
    print("in with:", s.acquire(False))
print("after with:", s.acquire(False), s.acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(b, threading.Semaphore))

# At most 3 threads inside at once.
sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]
peak = [0]
total = [0]


def worker():
    for _ in range(20):
        with sem:
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
                total[0] += 1
            time.sleep(0.0005)
            with lock:
                inside[0] -= 1


ts = [threading.Thread(target=worker) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total:", total[0], "peak <= 3:", peak[0] <= 3, "inside:", inside[0])

# A blocked acquire wakes on release from another thread.
z = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(z.acquire(timeout=5)))
t.start()
z.release()
t.join()
print("woken:", got)
