# Async generators: async for, asend, athrow, aclose, __anext__ and finalization.
class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def countdown(n):
    try:
        while n > 0:
            await Tick()
            yield n
            n -= 1
    finally:
        print("countdown cleanup")

async def main():
    out = []
    async for v in countdown(3):
        out.append(v)
    print(out)
    g = countdown(5)
    print(type(g).__name__, g.__name__)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

    async def echo():
        received = None
        while True:
            try:
                received = yield f"got {received}"
            except ValueError as e:
                received = f"error {e}"
    e = echo()
    print(await e.asend(None))
    print(await e.asend(1))
    print(await e.athrow(ValueError("v")))
    print(await e.asend(2))
    await e.aclose()

    async def empty():
        return
        yield
    try:
        await empty().__anext__()
    except StopAsyncIteration:
        print("empty")

    async def raiser():
        yield 1
        raise KeyError("inside")
    r = raiser()
    print(await r.__anext__())
    try:
        await r.__anext__()
    except KeyError as e:
        print("KeyError", e)

    async def stop():
        yield 1
        raise StopAsyncIteration
    s = stop()
    await s.__anext__()
    try:
        await s.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def ignore():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    i = ignore()
    await i.__anext__()
    try:
        await i.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # break out of async for leaves the generator suspended; aclose finishes it
    g = countdown(4)
    async for v in g:
        if v == 3:
            break
    print("broke at", v)
    await g.aclose()
    return "ok"

print(run(main()))

# Driving __anext__ by hand
async def two():
    yield "a"
    yield "b"
g = two()
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
