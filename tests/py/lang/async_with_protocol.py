# async with: __aenter__/__aexit__, suppression, errors, async context managers written
# as classes wrapping async generators, all driven by a small hand-written loop.
class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        print("open", self.name)
        return self
    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("close", self.name, typ.__name__ if typ else None)
        return self.suppress

async def main():
    async with Resource("a") as r, Resource("b"):
        print("using", r.name)
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    return "main done"
print(run(main()))

async def sync_in_async():
    class Sync:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    async with Sync():
        pass
try:
    run(sync_in_async())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

async def not_awaitable():
    class NotAwaitable:
        def __aenter__(self): return 1
        async def __aexit__(self, *a): return False
    async with NotAwaitable():
        pass
try:
    run(not_awaitable())
except TypeError as e:
    print(type(e).__name__, e)

# An async context manager built from an async generator, like asynccontextmanager.
class AsyncGenCM:
    def __init__(self, agen):
        self.agen = agen
    async def __aenter__(self):
        return await self.agen.__anext__()
    async def __aexit__(self, typ, val, tb):
        if typ is None:
            try:
                await self.agen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.agen.athrow(val)
        except StopAsyncIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        return True

async def session(tag):
    print("begin", tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print("session handled division")
    finally:
        print("end", tag)

async def job(n):
    async with AsyncGenCM(session(n)) as v:
        await Tick()
        if n == 0:
            1 / 0
        return v + 1
print(run(job(3)))
print(run(job(0)))

async def raising():
    async with AsyncGenCM(session(5)):
        raise KeyError("through the generator")
try:
    run(raising())
except KeyError as e:
    print("caught", repr(e))

# __aexit__ raising replaces the body's exception and chains it.
class BadExit:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise OSError("aexit failed")
async def bad_exit():
    async with BadExit():
        raise ValueError("body")
try:
    run(bad_exit())
except OSError as e:
    print(repr(e), repr(e.__context__))
