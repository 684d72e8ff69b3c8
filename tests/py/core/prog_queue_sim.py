# A deterministic bank-queue simulation with a pseudo-random generator and classes.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
class Customer:
    def __init__(self, ident, arrival, service):
        self.ident, self.arrival, self.service = ident, arrival, service
        self.start = None
class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = []
rng = LCG(2024)
customers = []
t = 0
for i in range(60):
    t += rng.randint(0, 4)
    customers.append(Customer(i, t, rng.randint(2, 9)))
tellers = [Teller("A"), Teller("B"), Teller("C")]
queue = list(customers)
waits = []
clock = 0
while queue:
    c = queue.pop(0)
    teller = min(tellers, key=lambda tl: (tl.busy_until, tl.name))
    c.start = max(c.arrival, teller.busy_until)
    teller.busy_until = c.start + c.service
    teller.served.append(c.ident)
    waits.append(c.start - c.arrival)
    clock = max(clock, teller.busy_until)
print("customers", len(customers), "last arrival", customers[-1].arrival, "finished at", clock)
print("max wait", max(waits), "total wait", sum(waits), "avg wait %.3f" % (sum(waits) / len(waits)))
for tl in tellers:
    print(tl.name, len(tl.served), tl.served[:8], "busy until", tl.busy_until)
hist = {}
for w in waits:
    bucket = w // 5 * 5
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print("%3d-%-3d %s" % (b, b + 4, "#" * hist[b]))
print([rng.randint(1, 6) for _ in range(20)])
