# contextlib's async forms, driven without an event loop: each coroutine is run by
# sending None until it finishes (none of them really suspends).
import contextlib


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


log = []


@contextlib.asynccontextmanager
async def resource(name):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)


async def main():
    async with resource("a") as r:
        log.append("using " + r)
    try:
        async with resource("b"):
            raise ValueError("boom")
    except ValueError as e:
        log.append("caught " + str(e))

    @contextlib.asynccontextmanager
    async def swallow():
        try:
            yield
        except KeyError:
            log.append("swallowed KeyError")

    async with swallow():
        raise KeyError("k")

    @contextlib.asynccontextmanager
    async def no_yield():
        if False:
            yield

    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        log.append("RuntimeError: " + str(e))

    class Closer:
        async def aclose(self):
            log.append("aclosed")

    async with contextlib.aclosing(Closer()) as c:
        log.append(type(c).__name__)

    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("x"))
        stack.callback(log.append, "sync callback")

        async def acb(msg):
            log.append(msg)
        stack.push_async_callback(acb, "async callback")
        stack.enter_context(contextlib.nullcontext())
        log.append("inside " + x)

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        log.append("TypeError: " + str(e))

    @resource("deco")
    async def decorated(v):
        log.append("decorated body %d" % v)
        return v * 2
    log.append(await decorated(21))
    return "done"


print(run(main()))
for line in log:
    print(line)


class Manual(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        return None


print(issubclass(Manual, contextlib.AbstractAsyncContextManager), isinstance(Manual(), contextlib.AbstractAsyncContextManager))
print(issubclass(int, contextlib.AbstractAsyncContextManager))
