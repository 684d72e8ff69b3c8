# Exceptions raised inside generators, thrown into them, and the PEP 479 conversion of
# StopIteration into RuntimeError.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")

g = numbers()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except KeyError as e:
            print("caught inside", repr(e))
            yield "recovered"
c = catcher()
next(c)
c.send(1)
print(c.throw(KeyError("k")))
next(c)
try:
    c.throw(TypeError, "type only")
except TypeError as e:
    print("propagated", e)
print(c.gi_frame)

# StopIteration inside a generator becomes RuntimeError, with the original as cause.
def leaky():
    yield 1
    next(iter([]))
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__)
def explicit():
    yield 1
    raise StopIteration("explicit")
try:
    list(explicit())
except RuntimeError as e:
    print(type(e).__name__, e, "|", repr(e.__cause__))
# A return is fine.
def returns():
    yield 1
    return "done"
print(list(returns()))

# Generator expressions too.
def first(it):
    return next(it)
try:
    list(first(iter([])) for _ in range(2))
except RuntimeError as e:
    print(type(e).__name__, e)
# ...but a plain iterator's StopIteration in a comprehension just ends... no: it propagates.
try:
    [first(iter([])) for _ in range(2)]
except StopIteration as e:
    print(type(e).__name__, "from list comprehension")

# finally blocks run when a generator is closed or collected by close().
def with_cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup ran")
g = with_cleanup()
print(next(g))
g.close()
print(g.gi_frame, list(g))
# An exception inside finally during close replaces GeneratorExit.
def bad_cleanup():
    try:
        yield
    finally:
        raise OSError("cleanup failed")
g = bad_cleanup()
next(g)
try:
    g.close()
except OSError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
# Yielding during close is an error.
def stubborn():
    try:
        yield
    except GeneratorExit:
        print("ignoring exit")
    yield "again"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# Exception context inside a generator resumed within an except block.
def ctx():
    try:
        yield
    except ValueError:
        raise KeyError("from generator")
g = ctx()
next(g)
try:
    g.throw(ValueError("thrown"))
except KeyError as e:
    print(repr(e), repr(e.__context__))
# sys.exc_info inside a generator sees the caller's exception while running.
import sys
def peek():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(next(peek()).__name__)
print(next(peek()))
