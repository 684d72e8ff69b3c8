# Benchmark: closures, lambdas, nonlocal counters and higher-order functions.
def make_counter():
    n = 0
    def inc(k):
        nonlocal n
        n += k
        return n
    return inc
def compose(f, g):
    return lambda x: f(g(x))
c = make_counter()
inc = compose(lambda x: x + 1, lambda x: x * 2)
total = 0
for i in range(1200000):
    total += inc(i) - c(1)
mapped = sum(map(lambda v: v % 13, range(1000000)))
filtered = len(list(filter(lambda v: v & 4, range(1000000))))
print(total, c(0), mapped, filtered)
