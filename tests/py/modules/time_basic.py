# time.perf_counter/time.time/monotonic/sleep: only booleans are printed.
import time
t0 = time.perf_counter()
s = 0
for i in range(100000):
    s += i
t1 = time.perf_counter()
print(s, t1 >= t0, isinstance(t0, float))
m0 = time.monotonic()
time.sleep(0.01)
m1 = time.monotonic()
print(m1 > m0, m1 - m0 >= 0.005)
now = time.time()
print(now > 1.6e9, isinstance(now, float))
stamps = [time.perf_counter() for _ in range(1000)]
print(all(b >= a for a, b in zip(stamps, stamps[1:])))
ns = time.perf_counter_ns()
print(isinstance(ns, int), time.perf_counter_ns() >= ns)
