# Work submitted to an executor that is never shut down still completes before the
# program exits (CPython wakes the idle workers at exit and joins them).
import concurrent.futures as cf
import threading

release = threading.Event()
ex = cf.ThreadPoolExecutor(2)
results = []
lock = threading.Lock()


def job(i):
    release.wait(5)
    with lock:
        results.append(i)
        if len(results) == 3:
            print("all jobs ran:", sorted(results))


for i in range(3):
    ex.submit(job, i)
timer = threading.Timer(0.05, release.set)
timer.daemon = True  # nothing but the executor's exit hook waits for the jobs
timer.start()
print("main body done")
