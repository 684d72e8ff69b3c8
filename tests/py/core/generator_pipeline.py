# Generator expressions chained into pipelines; lazy evaluation order.
def source(n):
    for i in range(n):
        print("  produce", i)
        yield i
squares = (x * x for x in source(4))
print("nothing produced yet")
evens = (s for s in squares if s % 2 == 0)
print(next(evens))
print(list(evens))
lines = ["# comment", "x = 1", "", "y = 22", "  # indented comment", "z = 333"]
stripped = (l.strip() for l in lines)
code = (l for l in stripped if l and not l.startswith("#"))
pairs = (l.split(" = ") for l in code)
print({k: int(v) for k, v in pairs})
def integers():
    n = 1
    while True:
        yield n
        n += 1
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda x: x < 10, (i * i for i in integers()))))
total = sum(x for x in range(1, 1001) if x % 3 == 0 or x % 5 == 0)
print(total)
gen = (c for c in "abc")
print(list(zip(gen, gen)))
nested = ((i, j) for i in range(3) for j in (i * 10, i * 100))
print(list(nested))
def numbered(it, start=1):
    n = start
    for x in it:
        yield "%d. %s" % (n, x)
        n += 1
print("\n".join(numbered(w.capitalize() for w in ["alpha", "beta", "gamma"])))
running = []
acc = 0
for v in (x * 2 for x in range(6)):
    acc += v
    running.append(acc)
print(running, any(x > 5 for x in running), all(x % 2 == 0 for x in running))
