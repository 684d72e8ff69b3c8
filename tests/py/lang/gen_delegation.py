# yield from delegates next/send/throw/close to the subgenerator, and to plain iterators.
def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        y = yield "inner-2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-tail"

g = outer()
print(next(g))
print(g.send("A"))
print(g.throw(KeyError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")

# close() is forwarded: the inner generator's finally runs first.
g = outer()
next(g)
g.close()
print("closed", g.gi_frame)

# throw of an exception the inner does not handle propagates through outer.
def outer_catches():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", e)
        yield "outer-recovered"
g = outer_catches()
next(g)
print(g.throw(ValueError("not for inner")))

# Delegating to an iterator without send/throw.
def over_list():
    yield from iter([1, 2, 3])
g = over_list()
print(next(g), g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
g = over_list()
next(g)
try:
    g.throw(IndexError("into list"))
except IndexError as e:
    print("thrown out", e)

# Delegating to a custom iterator with send/throw/close methods.
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo-done")
        return ("echo", v)
    def throw(self, *args):
        print("Echo.throw", args[0].__name__ if isinstance(args[0], type) else repr(args[0]))
        return "echo-threw"
    def close(self):
        print("Echo.close")
def via_echo():
    r = yield from Echo()
    yield r
g = via_echo()
print(next(g), g.send("hi"), g.throw(KeyError("k")), next(g))
g.close()
g = via_echo()
next(g)
g.close()

# Nested delegation three levels deep; values flow to the innermost generator.
def level(n):
    if n == 0:
        got = yield "bottom"
        return f"bottom saw {got}"
    r = yield from level(n - 1)
    return f"{n}<{r}>"
def top():
    r = yield from level(3)
    yield r
g = top()
print(next(g), g.send("V"))

# yield from a generator that is already running raises ValueError.
def reentrant():
    yield from gen_ref[0]
gen_ref = [None]
gen_ref[0] = reentrant()
try:
    next(gen_ref[0])
except ValueError as e:
    print(type(e).__name__, e)
