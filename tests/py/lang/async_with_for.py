# async with and async for, including exceptions, break/continue/return.
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

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Manager("p"):
            raise KeyError("propagated")
    except KeyError as e:
        print("caught", e)
    total = 0
    async for i in Counter(5):
        if i == 2:
            continue
        if i == 4:
            break
        total += i
    else:
        print("not reached")
    print("total", total)
    async for i in Counter(2):
        print("item", i)
    else:
        print("else branch")
    return "done"

print(run(main()))

async def early():
    async with Manager("r"):
        return "returned"
print(run(early()))

async def loop_return():
    async for i in Counter(10):
        if i == 3:
            return i
print(run(loop_return()))

# errors
class NoAiter:
    pass
async def e1():
    async for x in NoAiter():
        pass
try:
    run(e1())
except TypeError as e:
    print("TypeError:", e)

async def e2():
    async with NoAiter():
        pass
try:
    run(e2())
except TypeError as e:
    print("TypeError:", e)

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
async def e3():
    async for x in BadAnext():
        pass
try:
    run(e3())
except TypeError as e:
    print("TypeError:", e)

# exception from __anext__ propagates
class Failing:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise OSError("boom")
async def e4():
    async for x in Failing():
        pass
try:
    run(e4())
except OSError as e:
    print("OSError:", e)
