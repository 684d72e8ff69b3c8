# Async generators driven by hand: asend/athrow/aclose, StopAsyncIteration, finally blocks.
def run(awaitable):
    """Drives an awaitable that never really suspends; returns its result."""
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")

async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("ticker got", got)
    finally:
        print("ticker finally")

ag = ticker(3)
print(type(ag).__name__, ag.ag_code.co_name, ag.__aiter__() is ag)
print(run(ag.__anext__()))
print(run(ag.asend("hello")))
print(run(ag.__anext__()))
try:
    run(ag.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("still exhausted")

# athrow: the generator may catch and yield, or let it propagate.
async def resilient():
    while True:
        try:
            yield "tick"
        except ValueError as e:
            print("resilient caught", e)
            yield "recovered"
ag = resilient()
print(run(ag.__anext__()))
print(run(ag.athrow(ValueError("v"))))
print(run(ag.__anext__()))
try:
    run(ag.athrow(KeyError("k")))
except KeyError as e:
    print("propagated", repr(e))
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("finished after throw")

# aclose runs finally; a yield during aclose is an error.
ag = ticker(5)
run(ag.__anext__())
print(run(ag.aclose()))
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ag = stubborn()
run(ag.__anext__())
try:
    run(ag.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

# StopIteration/StopAsyncIteration raised inside an async generator become RuntimeError.
async def leaky():
    yield 1
    raise StopAsyncIteration
ag = leaky()
run(ag.__anext__())
try:
    run(ag.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)
async def leaky2():
    yield 1
    raise StopIteration
ag = leaky2()
run(ag.__anext__())
try:
    run(ag.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)

# async for / async comprehensions inside a coroutine, driven by hand.
async def consume():
    out = [x async for x in ticker(2)]
    async for y in ticker(1):
        out.append(y * 10)
    return out
print(run(consume()))

# A class implementing the async iterator protocol.
class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def total():
    return sum([v async for v in AsyncRange(4)])
print(run(total()))
async def bad_for():
    async for _ in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)
