# itertools iterators shared by threads: never crash, never yield an item twice where
# the step runs whole under the iterator's lock (count, product, combinations, repeat).
import threading
from itertools import chain, combinations, count, cycle, groupby, islice, product, repeat, tee

N = 4


def share(it, per):
    out = [[] for _ in range(N)]

    def worker(k):
        o = out[k]
        for _ in range(per):
            try:
                o.append(next(it))
            except StopIteration:
                return

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return [x for part in out for x in part]


got = share(count(), 5000)
print(len(got), len(set(got)), sorted(got) == list(range(20000)))
got = share(product(range(10), repeat=4), 5000)
print(len(got), len(set(got)))
got = share(combinations(range(30), 3), 2000)
print(len(got), len(set(got)))
got = share(repeat('x', 7000), 5000)
print(len(got))
# the rest may interleave freely (the shared range iterators too); they must stay consistent
got = share(chain(range(3000), range(3000)), 5000)
print(all(0 <= x < 3000 for x in got))
got = share(islice(range(100000), 0, None, 3), 2000)
print(len(got) <= 8000, all(0 <= x < 100000 for x in got))
got = share(cycle('abc'), 3000)
print(len(got), sorted(set(got)))
a, b = tee(count())
got = share(a, 5000)
rest = list(islice(b, 20000))
print(len(got), all(x >= 0 for x in got), len(rest), len(set(rest)))
g = groupby(sorted(x % 50 for x in range(5000)))
got = share(g, 100)
print(all(0 <= k < 50 for k, _ in got))
