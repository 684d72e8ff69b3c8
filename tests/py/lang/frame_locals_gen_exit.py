# f_locals of generator/coroutine frames (gi_frame, cr_frame, ag_frame), of a frame read
# after its function returned or raised (the final values), and a live f_lineno.
import sys


def g(a):
    b = a + 1
    yield b
    c = 3
    yield c


x = g(1)
print(x.gi_frame.f_locals)
next(x)
print(x.gi_frame.f_locals, x.gi_frame.f_lineno, x.gi_frame.f_back)
next(x)
print(x.gi_frame.f_locals)
print(list(x), x.gi_frame)


async def co(p):
    q = p * 2
    return q


c = co(4)
print(c.cr_frame.f_locals)
c.close()


async def ag(n):
    m = n + 1
    yield m


a = ag(5)
print(a.ag_frame.f_locals)


def f():
    fr = sys._getframe()
    v = "first"
    print(sorted(fr.f_locals), fr.f_lineno)
    v = "final"
    return fr


fr = f()
print(sorted(fr.f_locals), fr.f_locals["v"], fr.f_code.co_name)


def raiser():
    fr = sys._getframe()
    w = 1
    holder.append(fr)
    w = 2
    raise ValueError


holder = []
try:
    raiser()
except ValueError:
    pass
print(holder[0].f_locals["w"])


def selfgen():
    me = yield
    yield sys._getframe().f_locals.get("me") is not None


s = selfgen()
next(s)
print(s.send(s))
