# Generator throw(), close(), GeneratorExit, return values, and yield from delegation.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("gen finally")

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")

g = gen()
next(g)
g.close()
print("closed", g.gi_frame is None)
g.close()  # closing twice is fine

# close on a never-started generator does nothing
g = gen()
g.close()
try:
    next(g)
except StopIteration:
    print("never-started close exhausted it")

# ignoring GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# a return value during close is fine
def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return "bye"
g = returns_on_exit()
next(g)
print(g.close())

# throw into a just-created generator raises immediately
def simple():
    yield 1
g = simple()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("KeyError", e)
try:
    next(g)
except StopIteration:
    print("finished after early throw")

# return values via StopIteration
def ret():
    yield 1
    return "value"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

# yield from delegation of send/throw/close and return values
def inner():
    try:
        x = yield "inner 1"
        print("inner got", x)
        y = yield "inner 2"
        print("inner got", y)
    except TypeError as e:
        print("inner caught", e)
        yield "inner recovered"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer done"

g = outer()
print(next(g))
print(g.send("a"))
print(g.throw(TypeError("t")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("outer exhausted")

g = outer()
next(g)
g.close()
print("closed through yield from")

# throw of an exception the inner does not handle propagates through outer
def outer2():
    try:
        yield from inner()
    except OSError as e:
        print("outer2 caught", e)
        yield "outer2 recovered"
g = outer2()
next(g)
print(g.throw(OSError("os")))

# yield from a non-generator iterator with throw
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n
def deleg():
    r = yield from It()
    return r
print(list(deleg()))
g = deleg()
next(g)
try:
    g.throw(ValueError("to iterator without throw"))
except ValueError as e:
    print("ValueError", e)

# StopIteration raised inside a generator
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# generator already executing
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# send to a just-started generator
g = simple()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)

# throw with traceback and exception type + value
g = gen()
next(g)
print(g.throw(ValueError, "as value"))
g.close()
