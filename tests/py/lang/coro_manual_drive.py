# Coroutines driven by hand with send(None): custom awaitables, a tiny scheduler,
# StopIteration carrying the result, throw() into a coroutine.

class Yield:
    """An awaitable that suspends once, handing a request to the driver."""
    def __init__(self, request):
        self.request = request
    def __await__(self):
        response = yield self.request
        return response

async def fetch(key):
    value = await Yield(("get", key))
    return value * 2

async def main():
    a = await fetch("a")
    b = await fetch("b")
    return a + b

store = {"a": 1, "b": 20}
coro = main()
print(type(coro).__name__, coro.cr_code.co_name)
request = coro.send(None)
try:
    while True:
        print("request", request)
        request = coro.send(store[request[1]])
except StopIteration as e:
    print("result", e.value)

# A round-robin scheduler over several coroutines.
class Sleep:
    def __await__(self):
        yield "sleep"

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await Sleep()
    return name.upper()

def run_all(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results
print(run_all({"a": worker("a", 2), "b": worker("b", 3)}))

# throw() and close() on a suspended coroutine.
async def guarded():
    try:
        await Sleep()
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "handled"
    finally:
        print("guarded finally")
c = guarded()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("value", e.value)
c = guarded()
c.send(None)
c.close()
print(c.cr_frame)

# Awaiting things that are not awaitable.
async def bad():
    await 5
c = bad()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 42
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)

# A coroutine cannot be resumed after it finished, nor awaited twice.
async def quick():
    return 1
c = quick()
try:
    c.send(None)
except StopIteration as e:
    print("quick", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def awaits_twice(c):
    await c
    await c
c = quick()
try:
    awaits_twice(c).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

print(type(quick).__name__, quick.__code__.co_flags & 0x80 != 0)
q = quick()
print(type(q).__name__, q.cr_running, q.cr_frame is not None, hasattr(q, "__await__"))
q.close()
