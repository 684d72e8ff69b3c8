# Generators: yield, state between calls, return values, StopIteration, close.
def countdown(n):
    print("  start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")
g = countdown(3)
print("created")
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
print(list(countdown(4)), sum(countdown(10)))
def with_return():
    yield 1
    yield 2
    return "result"
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(20)])
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
print(take(15, primes()))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  generator cleanup")
g = with_finally()
print(next(g))
g.close()
print("closed")
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)))
def pairs(it):
    it = iter(it)
    for a in it:
        yield a, next(it, None)
print(list(pairs(range(7))))
gen = (x * x for x in range(4))
print(type(gen).__name__, type(countdown(1)).__name__, iter(gen) is gen, list(gen))
