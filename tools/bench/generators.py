# Benchmark: generators, generator expressions and yield from pipelines.
def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def chained(n):
    yield from naturals(n)
    yield from naturals(n // 2)
total = sum(squares(evens(naturals(1500000))))
g = sum(x % 11 for x in chained(1200000))
windows = 0
it = naturals(600000)
prev = next(it)
for x in it:
    windows += x ^ prev
    prev = x
print(total, g, windows)
