# Weak references made and dropped by several threads while collections run: every
# callback fires exactly once, and a WeakValueDictionary shared by the threads stays whole.
import gc
import threading
import weakref


class Item:
    def __init__(self, tid, i):
        self.key = (tid, i)


fired = []
fired_lock = threading.Lock()
shared = weakref.WeakValueDictionary()
keep = {}
all_refs = []  # the weakrefs outlive their referents, so every callback is due
refs_lock = threading.Lock()


def on_death(wr):
    with fired_lock:
        fired.append(1)


def worker(tid):
    refs = []
    for i in range(3000):
        it = Item(tid, i)
        refs.append(weakref.ref(it, on_death))
        shared[(tid, i)] = it
        if i % 100 == 0:
            keep[(tid, i)] = it  # these survive
        if i % 500 == 0:
            gc.collect()
    alive = sum(1 for r in refs if r() is not None)
    assert alive >= 30, alive
    with refs_lock:
        all_refs.extend(refs)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
gc.collect()
print(len(fired), len(shared), sorted(shared.keys()) == sorted(keep))
