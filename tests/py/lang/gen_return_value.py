# Generator return values: StopIteration.value, yield from results, send() protocol errors.
def averager():
    total = count = 0
    while True:
        x = yield (total / count if count else None)
        if x is None:
            return {"count": count, "total": total}
        total += x
        count += 1

a = averager()
print(next(a), a.send(10), a.send(20), a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) == 2:
            return "two batches"

results = []
d = delegator(results)
next(d)
for v in (1, 2, None, 5, None):
    try:
        d.send(v)
    except StopIteration as e:
        print("delegator returned", e.value)
print(results)

# A return value of None: StopIteration().value is None.
def plain():
    yield 1
g = plain()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
# Returning a tuple or StopIteration instance keeps it intact.
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
def ret_exc():
    return StopIteration("inner")
    yield
try:
    next(ret_exc())
except StopIteration as e:
    print(repr(e.value))

# send() on a just-started generator must be None; after finishing, send raises StopIteration.
g = plain()
try:
    g.send("x")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
try:
    g.send(None)
except StopIteration:
    print("finished")
# A generator cannot resume itself.
def selfish():
    yield me.send(None)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# yield as an expression in various positions.
def exprs():
    x = (yield 1) + (yield 2)
    yield [x, (yield), (yield 3)]
g = exprs()
print(next(g), g.send(10), g.send(20), g.send("a"), g.send("b"))
# The value of `yield from` an iterator that is not a generator is None.
def from_list():
    r = yield from [1, 2]
    yield ("result", r)
print(list(from_list()))

# inspect-style state via gi_running/gi_frame/gi_code.
def states():
    yield g2.gi_running
g2 = states()
print(g2.gi_running, next(g2), g2.gi_code.co_name, g2.gi_frame is not None)
g2.close()
print(g2.gi_frame)
def simple():
    yield
g3 = simple()
print(g3.gi_frame is not None, g3.gi_running)
