# Threads logging concurrently: one handler's lock keeps every line whole, records carry
# their thread's name, and concurrent getLogger calls agree on one logger per name.
import io
import logging
import sys
import threading

class SlowStream(io.StringIO):
    """Writes each line in two pieces, so an unlocked handler would interleave them."""
    def write(self, s):
        half = len(s) // 2
        super().write(s[:half])
        super().write(s[half:])
        return len(s)

stream = SlowStream()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(threadName)s %(name)s %(levelname)s %(message)s"))
base = logging.getLogger("work")
base.setLevel(logging.DEBUG)
base.addHandler(handler)
base.propagate = False

N_THREADS, N_LINES = 6, 150
loggers = [[] for _ in range(N_THREADS)]
start = threading.Barrier(N_THREADS)

def worker(k):
    start.wait()
    for i in range(N_LINES):
        lg = logging.getLogger("work.part%d" % (i % 5))
        loggers[k].append(lg)
        if i % 3 == 0:
            lg.info("item %d of thread %d", i, k)
        elif i % 3 == 1:
            lg.warning("item %d of thread %d %s", i, k, "x" * 40)
        else:
            lg.debug("item %d of thread %d", i, k)

threads = [threading.Thread(target=worker, args=(k,), name="w%d" % k) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lines = stream.getvalue().split("\n")
print(lines[-1] == "", len(lines) - 1)
counts = {}
bad = 0
for line in lines[:-1]:
    parts = line.split(" ")
    tname, name, level, _, i, _, _, k = parts[:8]
    ok = (tname == "w" + k and name == "work.part%d" % (int(i) % 5)
          and level == ("INFO", "WARNING", "DEBUG")[int(i) % 3]
          and (level != "WARNING" or parts[8] == "x" * 40))
    bad += not ok
    counts[tname] = counts.get(tname, 0) + 1
print("malformed", bad, sorted(counts.items()))
# each thread's lines appear in its own order
for k in range(N_THREADS):
    mine = [int(l.split(" ")[4]) for l in lines[:-1] if l.startswith("w%d " % k)]
    assert mine == list(range(N_LINES)), k
print(all(lg is logging.getLogger(lg.name) for ls in loggers for lg in ls))
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("work")))
print(all(logging.getLogger(n).parent is base for n in logging.Logger.manager.loggerDict
          if n.startswith("work.")))

# the handler lock is reentrant and usable directly
handler.acquire()
handler.acquire()
handler.release()
handler.release()

# level changes while other threads log: each record is either dropped or written whole
stream.seek(0)
stream.truncate()
stop = threading.Event()
def flip():
    while not stop.is_set():
        base.setLevel(logging.ERROR)
        base.setLevel(logging.DEBUG)
def spam(k):
    for i in range(200):
        logging.getLogger("work.part0").warning("e %d %d", k, i)
ts = [threading.Thread(target=spam, args=(k,)) for k in range(3)]
flipper = threading.Thread(target=flip)
flipper.start()
for t in ts:
    t.start()
for t in ts:
    t.join()
stop.set()
flipper.join()
out = stream.getvalue().splitlines()
print(len(out) <= 600, all(l.startswith("Thread-") and " work.part0 WARNING e " in l
                           and len(l.split(" ")) == 7 for l in out))
