# A coroutine collected without ever being started warns "coroutine '...' was never
# awaited" (RuntimeWarning); one closed, finished, or started does not.
import gc
import warnings


async def f():
    return 1


class K:
    async def meth(self):
        pass


class Step:
    def __await__(self):
        yield "step"


async def waits():
    await Step()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    K().meth()
    gc.collect()
    c = f()
    c.close()
    del c
    c = f()
    try:
        c.send(None)
    except StopIteration as e:
        print("result", e.value)
    del c
    c = waits()
    print(c.send(None))
    del c
    c = f()
    try:
        c.throw(ValueError("v"))
    except ValueError as e:
        print("thrown", e)
    del c
    f()
    gc.collect()
print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    f()
    gc.collect()
print("errors in a finalizer are reported, not raised")
