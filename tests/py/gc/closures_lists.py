# Closures capturing lists and cells; many created and discarded.
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total
grand = 0
for i in range(30000):
    add, total = make_acc()
    for j in range(5):
        add(i + j)
    grand += total()
print("accumulators", grand)
keep = []
for i in range(1000):
    add, total = make_acc()
    add(i)
    keep.append(total)
print("kept", len(keep), sum(f() for f in keep))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
cs = [counter() for _ in range(100)]
for r in range(500):
    for c in cs:
        c()
print("counters", sum(c() for c in cs))
fs = []
for i in range(50000):
    data = [i, i * 2]
    fs.append(lambda d=data: d[0] + d[1])
    if len(fs) > 100:
        fs = fs[50:]
print("lambdas", len(fs), sum(f() for f in fs))
