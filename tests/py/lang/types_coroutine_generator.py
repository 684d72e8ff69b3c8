# types.coroutine must make a generator function's generators awaitable (CPython sets
# CO_ITERABLE_COROUTINE on a copy of its code); stdlib/types.py returns func unchanged,
# so `await legacy()` raises "object generator can't be used in 'await' expression".
import types

@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x

async def uses_legacy():
    return await legacy()

c = uses_legacy()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print("legacy result", e.value)
