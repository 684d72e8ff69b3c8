# Generator send(), throw(), and coroutine-style accumulators.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count
a = averager()
print(next(a))
for v in (10, 20, 60, 5):
    print("send", v, "->", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("finished after", e.value, "values")
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except ValueError as e:
        print("  generator got", repr(e))
        yield "recovered with " + str(received)
e = echo()
print(next(e), e.send("a"), e.send("b"))
print(e.throw(ValueError("boom")))
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
r = running_max()
next(r)
print([r.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def stateful():
    n = yield "ready"
    while n:
        n = yield "got %d" % n
    yield "stopping"
s = stateful()
print(next(s), s.send(3), s.send(7), s.send(0))
