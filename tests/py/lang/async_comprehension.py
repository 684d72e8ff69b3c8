# Asynchronous comprehensions and await inside comprehensions.
class Tick:
    def __await__(self):
        yield

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def arange(n):
    for i in range(n):
        await Tick()
        yield i

async def square(x):
    await Tick()
    return x * x

async def main():
    print([i async for i in arange(5)])
    print({i % 3 async for i in arange(7)})
    print({i: -i async for i in arange(3)})
    print([i async for i in arange(10) if i % 2])
    print([await square(i) for i in range(4)])
    print([(i, j) async for i in arange(2) for j in range(2)])
    print([j for i in range(3) async for j in arange(i)])
    gen = (await square(i) for i in range(3))
    print(type(gen).__name__)
    print([x async for x in gen])
    agen = (i * 10 async for i in arange(3))
    print([x async for x in agen])
    return "ok"

print(run(main()))
