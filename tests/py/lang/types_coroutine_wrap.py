import types
@types.coroutine
def legacy(n):
    "legacy doc"
    total = 0
    for _ in range(n):
        total += yield "tick"
    return total
async def modern():
    return await legacy(3)
c = modern()
print(c.send(None), c.send(1), c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print("result", e.value)
print(legacy.__name__, legacy.__doc__, hasattr(legacy, "__wrapped__"))
async def native(): return 1
print(types.coroutine(native) is native)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
@types.coroutine
def plain():
    return 42
print(plain())
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
g = legacy(1)
print(next(g), g.send(5) if False else "skip")
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.value)
