# except* and group splitting in many threads at once (no GIL): every thread gets its
# own, complete results.
import threading

results = {}
lock = threading.Lock()


def work(n):
    counts = {"V": 0, "K": 0, "rest": 0, "split": 0}
    shared = ExceptionGroup("shared", [ValueError(n), TypeError(n), KeyError(n)])
    for i in range(300):
        try:
            try:
                raise ExceptionGroup("w", [ValueError(i), TypeError(n),
                                           ExceptionGroup("in", [KeyError(i), ValueError(-i)])])
            except* ValueError as e:
                counts["V"] += len(e.exceptions)
            except* KeyError:
                raise RuntimeError(i)
        except ExceptionGroup as g:
            counts["rest"] += len(g.exceptions)
        m, r = shared.split(lambda e: isinstance(e, (ValueError, KeyError)))
        counts["split"] += len(m.exceptions) + len(r.exceptions)
    with lock:
        results[n] = counts


threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
