# Generators kept alive across loops while lots of other garbage is created.
def counter(start):
    n = start
    while True:
        buf = [n, n + 1]
        yield buf[0]
        n += 1
def squares():
    i = 0
    while True:
        yield i * i
        i += 1
gens = [counter(i * 1000) for i in range(50)]
sq = squares()
total = 0
for rounds in range(2000):
    junk = [str(rounds)] * 10
    for g in gens:
        total += next(g)
    total += next(sq) % 7
print("total", total, junk[0])
print("next values", [next(g) for g in gens[:5]], next(sq))
def pipeline(n):
    nums = (i for i in range(n))
    evens = (x for x in nums if x % 2 == 0)
    pairs = ((x, [x] * 3) for x in evens)
    return sum(len(p[1]) + p[0] for p in pairs)
print("pipelines", sum(pipeline(2000) for _ in range(50)))
live = []
for i in range(5000):
    g = (c for c in "abcdef")
    next(g)
    if i % 100 == 0:
        live.append(g)
print("live generators", len(live), "".join(next(g) for g in live[:6]))
