# itertools iterators over builtin iterators, shared by several threads: every item is
# produced exactly once in total (those whose step runs whole under their own lock).
import itertools as I
import operator
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


def check(name, mk):
    exp = sorted(mk())
    got = sorted(drain(mk()))
    print(name, len(got), got == exp)


M = 3000
check("chain", lambda: I.chain(range(M), list(range(M))))
check("chain.from_iterable", lambda: I.chain.from_iterable([range(M), tuple(range(M))]))
check("islice step", lambda: I.islice(range(M * 3), 0, None, 3))
check("islice start stop", lambda: I.islice(iter(list(range(M))), 10, M - 10))
check("dropwhile", lambda: I.dropwhile(lambda x: x < 100, range(M)))
check("takewhile", lambda: I.takewhile(lambda x: x < M - 100, range(M)))
check("filterfalse", lambda: I.filterfalse(lambda x: x % 3, range(M)))
check("starmap", lambda: I.starmap(operator.add, zip(range(M), range(M))))
check("pairwise", lambda: I.pairwise(range(M)))
check("zip_longest", lambda: I.zip_longest(range(M), "ab" * (M // 4), fillvalue=-1))
check("permutations", lambda: I.permutations(range(6), 4))
check("combinations_with_replacement", lambda: I.combinations_with_replacement(range(10), 4))
check("product", lambda: I.product(range(12), "abc", repeat=2))
