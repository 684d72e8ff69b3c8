def gen():
    print("start")
    received = yield 1
    print("received", received)
    try:
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "after throw"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("boom")))
g.close()
print(list(g))
def sub():
    x = yield "sub1"
    print("sub got", x)
    return "sub result"
def outer():
    r = yield from sub()
    print("yield from returned", r)
    yield "outer end"
o = outer()
print(next(o), o.send("S"), next(o, "exhausted"))
def ret():
    yield 1
    return "value"
try:
    g2 = ret(); next(g2); next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value)
class It:
    def __iter__(self):
        yield from range(3)
        yield "end"
print(list(It()))
ge = (i * i for i in range(4))
print(next(ge), list(ge), list(ge))
g3 = gen()
try:
    g3.send(1)
except TypeError as e:
    print("TypeError:", e)
def inf():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(inf(), 5)))
print(type(g).__name__, g.__name__)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
