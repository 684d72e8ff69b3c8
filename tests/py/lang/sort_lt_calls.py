# list.sort makes CPython's exact sequence of __lt__ calls (timsort: binary insertion
# for short runs, natural runs, galloping merges), and stays stable.
import random
log = []
class K:
    __slots__ = ("v", "i")
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        log.append((self.i, o.i))
        return self.v < o.v
    def __repr__(self): return f"K{self.v}"
def check(vals, rev=False, key=None):
    log.clear()
    items = [K(v, i) for i, v in enumerate(vals)]
    res = sorted(items, reverse=rev, key=key)
    digest = sum((a * 7919 + b) * (k + 1) for k, (a, b) in enumerate(log)) % 1000000007
    return len(log), digest, [x.i for x in res][:8]
log.clear(); sorted([K(3, 0), K(1, 1), K(2, 2)]); print(log)
log.clear(); sorted([K(1, 0), K(2, 1), K(3, 2), K(0, 3)]); print(log)
r = random.Random(7)
for n in [5, 33, 64, 65, 130, 300, 1200]:
    rnd = [r.randrange(1000) for _ in range(n)]
    few = [r.randrange(3) for _ in range(n)]
    runs = []
    while len(runs) < n:
        part = sorted(r.randrange(10000) for _ in range(r.randrange(1, 60)))
        if r.random() < 0.3: part.reverse()
        runs += part
    runs = runs[:n]
    nearly = sorted(rnd)
    for _ in range(n // 25 + 1):
        i, j = r.randrange(n), r.randrange(n)
        nearly[i], nearly[j] = nearly[j], nearly[i]
    print(n, check(rnd), check(few), check(few, True), check(runs), check(nearly), check(sorted(rnd, reverse=True)))
pairs = [(r.randrange(4), i) for i in range(50)]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
class Boom:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Boom.n += 1
        if Boom.n == 40: raise ValueError("boom")
        return self.v < o.v
data = [Boom(r.randrange(100)) for _ in range(60)]
try:
    data.sort()
except ValueError as e:
    print("ValueError:", e, Boom.n, len(data), len(set(map(id, data))))
