# Event, Barrier (action, abort, reset, broken, timeouts) and Timer (run, cancel).
import threading
import time

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.02))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

# Many threads wait for one Event.
go = threading.Event()
woke = []
lock = threading.Lock()


def wait_go(i):
    if go.wait(5):
        with lock:
            woke.append(i)


ts = [threading.Thread(target=wait_go, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
time.sleep(0.01)
print("before set:", woke)
go.set()
for t in ts:
    t.join()
print("after set:", sorted(woke))

# Barrier: wait() returns distinct indices 0..n-1; the action runs once per round.
actions = []
bar = threading.Barrier(4, action=lambda: actions.append("action"))
print(bar.parties, bar.n_waiting, bar.broken)
indices = []


def through(rounds):
    for _ in range(rounds):
        i = bar.wait()
        with lock:
            indices.append(i)


ts = [threading.Thread(target=through, args=(3,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), len(actions))

# A wait that times out breaks the barrier for everyone.
bar = threading.Barrier(3)
errs = []


def lonely():
    try:
        bar.wait(0.05)
    except threading.BrokenBarrierError:
        with lock:
            errs.append("broken")


ts = [threading.Thread(target=lonely) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errs, bar.broken)
try:
    bar.wait()
except threading.BrokenBarrierError as ex:
    print("BrokenBarrierError", isinstance(ex, RuntimeError))
bar.reset()
print("after reset:", bar.broken)

# abort() releases the waiters with BrokenBarrierError.
bar = threading.Barrier(3)
errs = []


def lonely_forever():
    try:
        bar.wait()
    except threading.BrokenBarrierError:
        with lock:
            errs.append("aborted")


ts = [threading.Thread(target=lonely_forever) for _ in range(2)]
for t in ts:
    t.start()
deadline = time.monotonic() + 5
while bar.n_waiting < 2 and time.monotonic() < deadline:
    time.sleep(0.001)
print("n_waiting:", bar.n_waiting)
bar.abort()
for t in ts:
    t.join()
print(errs, bar.broken)

# An action that raises breaks the barrier; the thread running it gets the exception.
def bad_action():
    raise ZeroDivisionError("in action")


bar = threading.Barrier(2, action=bad_action)
outcomes = []


def run_bad():
    try:
        bar.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("BrokenBarrierError")
    except ZeroDivisionError as ex:
        outcomes.append("ZeroDivisionError")


ts = [threading.Thread(target=run_bad) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes))

# Timer
fired = []
tm = threading.Timer(0.02, lambda x, y=0: fired.append(x + y), args=(1,), kwargs={"y": 2})
print(isinstance(tm, threading.Thread))
tm.start()
tm.join()
print("fired:", fired)
tm = threading.Timer(5, lambda: fired.append("never"))
tm.start()
tm.cancel()
tm.join()
print("cancelled:", fired, tm.finished.is_set())
tm = threading.Timer(0, fired.append, args=["zero"])
tm.start()
tm.join()
print(fired)
