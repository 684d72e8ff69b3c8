# Builtin iterators shared by several threads: every item is produced exactly once in
# total, as with CPython's GIL (taipan claims each position with an atomic step).
import functools
import threading

N = 4


def drain(it):
    out = [[] for _ in range(N)]

    def worker(k):
        o = out[k]
        for x in it:
            o.append(x)

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return [x for part in out for x in part]


def check(name, it, expected):
    got = drain(it)
    ok = sorted(got) == sorted(expected)
    print(name, len(got), ok)
    if not ok:
        print("  extra/missing:", len(got) - len(expected))


M = 5000
check("range", iter(range(M)), range(M))
check("range step", iter(range(M * 3, 0, -3)), range(M * 3, 0, -3))
check("reversed range", reversed(range(M)), range(M))
big = 2**64
check("big range", iter(range(big, big + 3000)), range(big, big + 3000))
check("big range step", iter(range(-big, -big + 9000, 3)), range(-big, -big + 9000, 3))
lst = list(range(M))
check("list", iter(lst), lst)
check("reversed list", reversed(lst), lst)
tup = tuple(range(M))
check("tuple", iter(tup), tup)
s = "".join(chr(0x41 + i % 26) if i % 3 else chr(0x3b1 + i % 20) for i in range(3000))
check("str", iter(s), s)
check("ascii str", iter("ab" * 5000), "ab" * 5000)
b = bytes(i % 256 for i in range(3000))
check("bytes", iter(b), b)
check("bytearray", iter(bytearray(b)), b)
d = {i: str(i) for i in range(3000)}
check("dict keys", iter(d), list(d))
check("dict values", iter(d.values()), list(d.values()))
check("dict items", iter(d.items()), list(d.items()))
check("reversed dict", reversed(d), list(d))
check("set", iter(set(range(3000))), range(3000))
check("frozenset", iter(frozenset(range(3000))), range(3000))

# combinators over a builtin iterator step whole, so pairs stay together
got = drain(enumerate(range(M)))
print("enumerate", len(got), all(i == x for i, x in got), sorted(got) == list(enumerate(range(M))))
got = drain(enumerate(lst, 10))
print("enumerate start", len(got), all(i == x + 10 for i, x in got))
got = drain(zip(range(M), lst))
print("zip", len(got), all(a == b for a, b in got), len(set(got)))
got = drain(zip(range(3000), lst, strict=False))
print("zip short", len(got), sorted(got) == [(i, i) for i in range(3000)])
got = drain(map(lambda a, b: (a, b), range(M), tup))
print("map2", len(got), all(a == b for a, b in got), len(set(got)))
check("map", map(abs, range(-M, 0)), range(1, M + 1))
check("filter", filter(lambda x: x % 3, range(M)), [x for x in range(M) if x % 3])
check("filter None", filter(None, range(M)), range(1, M))
check("reversed seq", reversed(tup), tup)


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i


check("seq iterator", iter(Seq(2000)), range(2000))


class RevSeq(Seq):
    def __len__(self):
        return self.n


check("reversed getitem", reversed(RevSeq(2000)), range(2000))
src = iter(lst)
check("callable_iterator", iter(functools.partial(next, src, None), None), lst)
# values read after another thread met the sentinel may slip through (as in CPython with
# a Python callable); the ones before it are each produced once
src = iter(range(5000))
got = drain(iter(src.__next__, 4000))
print("callable sentinel", sorted(x for x in got if x < 4000) == list(range(4000)), 4000 in got)


# a generator runs in one thread at a time; the others see ValueError and retry
def gen(n):
    for i in range(n):
        yield i


def drain_gen(g):
    out = [[] for _ in range(N)]
    busy = [0] * N

    def worker(k):
        o = out[k]
        while True:
            try:
                o.append(next(g))
            except ValueError as e:
                if str(e) != "generator already executing":
                    o.append(e)
                    return
                busy[k] += 1
            except StopIteration:
                return

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return [x for part in out for x in part]


got = drain_gen(gen(2000))
print("generator", len(got), sorted(got) == list(range(2000)))
got = drain_gen(x * 2 for x in range(2000))
print("genexpr", len(got), sorted(got) == list(range(0, 4000, 2)))


def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# __length_hint__ after a shared drain
it = iter(range(100))
drain(it)
print(it.__length_hint__(), list(it))
it = iter(lst)
drain(it)
print(it.__length_hint__(), list(it))
