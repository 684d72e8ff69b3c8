# Throwing StopIteration into a generator that never started raises RuntimeError (PEP 479,
# as for a started one); collecting a suspended generator/coroutine closes it: __exit__ of
# an open with block, finally of a coroutine, close() of a `yield from` sub-iterator.
import gc


def g():
    yield 1


for exc in (StopIteration, StopIteration(5), ValueError("v")):
    try:
        g().throw(exc)
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
x = g()
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e, x.gi_frame)


class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__)
        return False


def gw():
    with CM():
        yield 1
        yield 2


x = gw()
next(x)
del x
gc.collect()
print("after gw")


class Step:
    def __await__(self):
        yield "step"


async def coro():
    try:
        await Step()
    finally:
        print("coro finally")


c = coro()
print(c.send(None))
del c
gc.collect()
print("after coro")


class It:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def close(self):
        print("subiter close")


def yf():
    yield from It()


x = yf()
next(x)
del x
gc.collect()
print("after yf")


def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
            yield 2
    finally:
        print("outer finally")


x = nested()
next(x)
try:
    x.close()
except RuntimeError as e:
    print(type(e).__name__, e)
x = None
gc.collect()
print("end")
