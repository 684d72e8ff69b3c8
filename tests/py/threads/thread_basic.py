# threading.Thread: target/args/kwargs, names, daemon, subclassing, join, is_alive, idents.
import threading
import time

results = []
lock = threading.Lock()


def work(a, b, scale=1, tag=""):
    with lock:
        results.append((tag, (a + b) * scale))


t = threading.Thread(target=work, args=(1, 2), kwargs={"scale": 10, "tag": "x"})
print(t.name)
print(t.is_alive(), t.ident, t.native_id)
t.start()
t.join()
print(results)
print(t.is_alive())
print(type(t.ident) is int, type(t.native_id) is int)
print(t.ident != threading.get_ident(), t.native_id != threading.get_native_id())

t2 = threading.Thread(target=work, args=(3, 4), name="worker-A", daemon=True)
print(t2.name, t2.daemon)
t2.start()
t2.join()
print(results[-1])

t3 = threading.Thread(target=lambda: None)
print(t3.name)
t4 = threading.Thread()
print(t4.name, t4.daemon)
t4.start()
t4.join()
t4.name = "renamed"
print(t4.name)
t4.name = 42
print(repr(t4.name))


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        self.seen_name = threading.current_thread().name
        self.seen_ident = threading.get_ident()


cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
for c in cs:
    print(c.name, c.total, c.seen_name, c.seen_ident == c.ident)

# Idents of live threads are distinct.
idents = []
gate = threading.Event()


def record():
    with lock:
        idents.append(threading.get_ident())
    gate.wait()


ts = [threading.Thread(target=record) for _ in range(6)]
for t in ts:
    t.start()
deadline = time.monotonic() + 5
while len(idents) < 6 and time.monotonic() < deadline:
    time.sleep(0.001)
print("distinct idents:", len(set(idents)))
print("alive:", sum(t.is_alive() for t in ts))
print("active_count >= 7:", threading.active_count() >= 7)
names = sorted(t.name for t in threading.enumerate() if t in ts)
print(len(names))
gate.set()
for t in ts:
    t.join()
print("alive after join:", sum(t.is_alive() for t in ts))
print("active_count:", threading.active_count())
print([t.name for t in threading.enumerate()])

# join(timeout) returns with the thread still running.
stop = threading.Event()
slow = threading.Thread(target=stop.wait, name="slow")
slow.start()
t0 = time.monotonic()
slow.join(0.05)
print("still alive after join(0.05):", slow.is_alive(), time.monotonic() - t0 >= 0.04)
stop.set()
slow.join()
print("alive:", slow.is_alive())

# main thread
print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
print(threading.main_thread().ident == threading.get_ident())
print(threading.main_thread().is_alive(), threading.main_thread().daemon)
print(type(threading.get_native_id()) is int)

inner = []
t = threading.Thread(target=lambda: inner.append(
    (threading.current_thread().name, threading.main_thread().name,
     threading.current_thread() is threading.main_thread())), name="inner")
t.start()
t.join()
print(inner)

# errors
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
d = threading.Thread(target=stop.wait)
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

# Daemon flag is inherited from the creating thread.
flags = []


def spawn():
    child = threading.Thread(target=lambda: None)
    flags.append(child.daemon)


p = threading.Thread(target=spawn, daemon=True)
p.start()
p.join()
print("inherited daemon:", flags)
print("TIMEOUT_MAX > 0:", threading.TIMEOUT_MAX > 0)
print(threading.ThreadError is RuntimeError)
