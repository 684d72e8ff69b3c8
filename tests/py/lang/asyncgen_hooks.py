# sys.set_asyncgen_hooks/get_asyncgen_hooks: firstiter runs on the first __anext__, and
# the finalizer gets an unfinished async generator when it is collected; without hooks it
# is closed synchronously.
import gc, sys
print(sys.get_asyncgen_hooks())
calls = []
def first(agen): calls.append(("first", agen.__name__))
def fin(agen):
    calls.append(("fin", agen.__name__))
    c = agen.aclose()
    try:
        c.send(None)
    except StopIteration:
        calls.append("closed")
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks()[1] is fin)
async def ag():
    try:
        yield 1
        yield 2
    finally:
        calls.append("agen finally")
a = ag()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
print(calls)
del a; gc.collect()
print(calls)
a = ag(); del a; gc.collect()
print(calls)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
for kw in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2}):
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks())
# without hooks an async generator is closed synchronously
a = ag()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
del a; gc.collect()
print(calls)
# firstiter runs for aclose()/athrow()/asend() and `async for` too; an async generator
# that recorded the finalizer gets it even if it never ran.
calls = []
def first2(a): calls.append("first " + a.__name__)
def fin2(a): calls.append("fin " + a.__name__)
sys.set_asyncgen_hooks(first2, fin2)
async def ag2():
    yield 1
a = ag2(); a.aclose(); print(calls)
b = ag2(); b.athrow(ValueError); print(calls)
c = ag2(); c.asend(None); print(calls)
async def run():
    async for x in ag2():
        return x
r = run()
try:
    r.send(None)
except StopIteration as e:
    print("ret", e.value)
gc.collect()
print(calls)
del a, b, c, r
gc.collect()
print(sorted(calls))
def bad_first(a):
    raise KeyError("first failed")
sys.set_asyncgen_hooks(firstiter=bad_first)
try:
    ag2().__anext__()
except KeyError as e:
    print("KeyError", e)
sys.set_asyncgen_hooks(None, None)
h = sys.get_asyncgen_hooks()
print(h.firstiter, h.finalizer, len(h), tuple(h), h == (None, None), type(h) is type(sys.get_asyncgen_hooks()))
