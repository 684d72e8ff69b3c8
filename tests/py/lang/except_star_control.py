# except* inside functions, loops, generators, coroutines, with statements and nested
# handlers; the frame state (stack, exc_info, locals) stays right around it.
import sys


def in_loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            raise ExceptionGroup("loop", [ValueError(i), TypeError(i)])
        except* ValueError as e:
            out.append(("V", e.exceptions[0].args[0]))
            for j in range(3):
                if j == 1:
                    break
                out.append(("j", j))
        except* TypeError:
            k = 0
            while True:
                k += 1
                if k < 3:
                    continue
                break
            out.append(("T", k))
    return out


print(in_loop())


def returns_after():
    try:
        raise ExceptionGroup("r", [ValueError(1)])
    except* ValueError:
        result = "handled"
    return result


print(returns_after())


def return_in_try_body():
    try:
        return "from the body"
    except* ValueError:
        pass
    finally:
        print("finally runs")


print(return_in_try_body())


def gen():
    for i in range(3):
        try:
            x = yield i
            if x:
                raise ExceptionGroup("sent", [ValueError(x), KeyError(x)])
        except* ValueError as e:
            yield ("V", repr(e), repr(sys.exc_info()[1]))
        except* KeyError as e:
            yield ("K", repr(e))


g = gen()
print(next(g))
print(g.send("a"))
print(next(g))
print(next(g))
print(g.send(None))
print(g.send("b"))
print(sys.exc_info())
print(list(g))


def gen_throw():
    try:
        yield 1
    except* ValueError as e:
        yield "caught thrown " + repr(e)
    yield 2


g = gen_throw()
next(g)
print(g.throw(ExceptionGroup("thrown", [ValueError("t")])))
print(next(g))
g = gen_throw()
next(g)
print(g.throw(ValueError("naked thrown")))


async def coro(x):
    try:
        raise ExceptionGroup("async", [ValueError(x), TypeError(x)])
    except* ValueError as e:
        await Awaitable()
        return_value = repr(e)
    except* TypeError:
        await Awaitable()
    return return_value


class Awaitable:
    def __await__(self):
        yield "suspended"


c = coro(7)
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as s:
    print("coroutine returned", s.value)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit with", a[0].__name__ if a[0] else None)
        return False


def with_inside():
    try:
        with Manager():
            raise ExceptionGroup("w", [ValueError(1)])
    except* ValueError:
        with Manager():
            print("clause body in with")


with_inside()


def deep_nesting(n):
    if n == 0:
        raise ExceptionGroup("bottom", [ValueError(0), TypeError(0)])
    try:
        deep_nesting(n - 1)
    except* ValueError as e:
        raise ValueError(n)


try:
    deep_nesting(3)
except ExceptionGroup as e:
    def flat(e):
        if isinstance(e, BaseExceptionGroup):
            return [flat(x) for x in e.exceptions]
        return repr(e)
    print(flat(e))


def many_clauses():
    kinds = [ValueError, TypeError, KeyError, IndexError, OSError, RuntimeError, ZeroDivisionError]
    eg = ExceptionGroup("many", [k(i) for i, k in enumerate(kinds)])
    seen = []
    try:
        raise eg
    except* ValueError:
        seen.append("V")
    except* TypeError:
        seen.append("T")
    except* KeyError:
        seen.append("K")
    except* IndexError:
        seen.append("I")
    except* OSError:
        seen.append("O")
    except* RuntimeError:
        seen.append("R")
    except* ArithmeticError:
        seen.append("A")
    return seen


print(many_clauses())


def stack_values_survive():
    total = sum([1, 2, 3])
    values = [10, 20]
    for v in values:
        try:
            raise ExceptionGroup("s", [ValueError(v)])
        except* ValueError as e:
            total += e.exceptions[0].args[0]
    return total


print(stack_values_survive())
