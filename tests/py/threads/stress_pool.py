# multiprocessing.Pool under load (threads in taipan, processes in CPython): exact totals.
import multiprocessing as mp


def work(i):
    s = 0
    for j in range(i % 40):
        s += (j ^ i) & 0xFF
    return s


def pair(a, b):
    return a * b - (a ^ b)


if __name__ == "__main__":
    expected = sum(work(i) for i in range(20000))
    with mp.Pool(4) as pool:
        print("map:", sum(pool.map(work, range(20000))) == expected)
        print("map chunks:", sum(pool.map(work, range(20000), chunksize=1000)) == expected)
        print("imap:", sum(pool.imap(work, range(5000), chunksize=50)) ==
              sum(work(i) for i in range(5000)))
        print("imap_unordered:", sum(pool.imap_unordered(work, range(5000), chunksize=25)) ==
              sum(work(i) for i in range(5000)))
        print("starmap:", sum(pool.starmap(pair, [(i, i + 1) for i in range(10000)])) ==
              sum(pair(i, i + 1) for i in range(10000)))
        rs = [pool.apply_async(work, (i,)) for i in range(2000)]
        print("apply_async:", sum(r.get(30) for r in rs) == sum(work(i) for i in range(2000)))
