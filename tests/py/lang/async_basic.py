# Coroutines driven by hand with send(), throw() and close(), and a tiny event loop.
class Suspend:
    """An awaitable that yields its value to the driver once."""
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def double(x):
    got = await Suspend(("double", x))
    return got * 2

async def main():
    a = await double(3)
    b = await double(a)
    return a + b

c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send(10))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)

# reuse is an error
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# throw into a suspended coroutine
async def catcher():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return f"caught {e!r}"

c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# close runs finally blocks
async def closer():
    try:
        await Suspend(1)
    finally:
        print("finally ran")

c = closer()
c.send(None)
c.close()
print(c.cr_frame is None)

# awaiting non-awaitables
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

# __await__ through a coroutine's own __await__
async def seven():
    return 7
w = seven().__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)

# a tiny round-robin event loop
log = []
def run_all(*coros):
    ready = list(coros)
    results = {}
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            results[c.__name__] = e.value
    return results

class Yield:
    def __await__(self):
        yield

async def worker(name, n):
    total = 0
    for i in range(n):
        log.append((name, i))
        total += i
        await Yield()
    return total

async def task_a():
    return await worker("a", 3)
async def task_b():
    return await worker("b", 2)

print(sorted(run_all(task_a(), task_b()).items()))
print(log)

# StopIteration inside a coroutine becomes RuntimeError
async def stopper():
    raise StopIteration
try:
    stopper().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# the coroutine being awaited twice
async def inner():
    await Yield()
co = inner()
async def outer1():
    await co
async def outer2():
    await co
o1 = outer1()
o1.send(None)
try:
    outer2().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(co).startswith("<coroutine object inner at"))
