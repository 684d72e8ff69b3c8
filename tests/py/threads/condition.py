# threading.Condition: wait/notify/notify_all/wait_for, timeouts, errors, custom locks.
import threading
import time

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

with cond:
    t0 = time.monotonic()
    print("wait(0.05) ->", cond.wait(0.05), time.monotonic() - t0 >= 0.04)
    print("wait(0) ->", cond.wait(0))
    print("wait_for true ->", cond.wait_for(lambda: 42))
    print("wait_for timeout ->", cond.wait_for(lambda: 0, timeout=0.02))

# notify wakes one waiter at a time; notify_all wakes the rest.
ready = []
woken = []
state = {"go": 0}


def waiter(i):
    with cond:
        ready.append(i)
        cond.notify_all()
        while state["go"] <= 0:
            cond.wait()
        state["go"] -= 1
        woken.append(i)
        cond.notify_all()


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: len(ready) == 5)
    print("all waiting:", sorted(ready))
    state["go"] = 1
    cond.notify()
with cond:
    cond.wait_for(lambda: woken, timeout=5)
    print("after notify():", len(woken))
    state["go"] = 4
    cond.notify_all()
for t in ts:
    t.join()
print("after notify_all():", sorted(woken))

# Condition over a plain Lock and over an RLock held recursively.
for lk in (threading.Lock(), threading.RLock()):
    c = threading.Condition(lk)
    box = []

    def setter():
        time.sleep(0.01)
        with c:
            box.append(1)
            c.notify()

    t = threading.Thread(target=setter)
    with c:
        if isinstance(lk, type(threading.RLock())):
            lk.acquire()  # held twice: wait() must release it fully
        t.start()
        ok = c.wait_for(lambda: box, timeout=5)
        if isinstance(lk, type(threading.RLock())):
            lk.release()
    t.join()
    print(type(lk).__name__, ok)

# Ping-pong hand-off between two threads.
c = threading.Condition()
turn = ["ping"]
log = []


def player(me, other, rounds):
    for _ in range(rounds):
        with c:
            while turn[0] != me:
                c.wait()
            log.append(me)
            turn[0] = other
            c.notify_all()


a = threading.Thread(target=player, args=("ping", "pong", 50))
b = threading.Thread(target=player, args=("pong", "ping", 50))
a.start()
b.start()
a.join()
b.join()
print(len(log), log[:4], all(log[i] != log[i + 1] for i in range(len(log) - 1)))
