# An uncaught exception in a thread is reported on stderr ("Exception in thread NAME:" and
# the traceback) and the program goes on; threading.excepthook can be replaced.
import sys
import threading


def boom(n):
    raise ValueError(f"boom {n}")


t = threading.Thread(target=boom, args=(1,), name="bad-thread")
t.start()
t.join()
print("main continues; thread alive:", t.is_alive())

# SystemExit in a thread ends just that thread, silently.
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("after SystemExit in a thread")

# A custom hook sees the type, value, traceback and thread.
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, args=(2,), name="hooked")
t.start()
t.join()
print(seen)
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)

# Exceptions in a subclass's run().


class Bad(threading.Thread):
    def run(self):
        {}["missing"]


b = Bad(name="bad-run")
b.start()
b.join()

# Several failing threads; the rest of the work is unaffected.
results = []
lock = threading.Lock()


def maybe_fail(i):
    if i % 3 == 0:
        raise RuntimeError(f"fail {i}")
    with lock:
        results.append(i)


ts = [threading.Thread(target=maybe_fail, args=(i,)) for i in range(9)]
old = threading.excepthook
errors = []
threading.excepthook = lambda args: errors.append(str(args.exc_value))
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.excepthook = old
print(sorted(results), sorted(errors))
print("done")
