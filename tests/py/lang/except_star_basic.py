# try/except*: each matching clause runs once with its part of the group; the unmatched
# rest propagates; a naked exception is seen wrapped in a group.
import sys


def run(exc, label):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as e:
            print("ValueError clause:", repr(e), repr(sys.exc_info()[1]))
        except* (TypeError, KeyError) as e:
            print("TypeError/KeyError clause:", repr(e))
        except* OSError:
            print("OSError clause (no name)")
        else:
            print("else")
        finally:
            print("finally, exc_info:", sys.exc_info()[0])
    except BaseException as rest:
        print("propagated:", type(rest).__name__, repr(rest))
    print("after, exc_info:", sys.exc_info())


run(ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]), "all clauses")
run(ExceptionGroup("some", [ValueError(1), RuntimeError(2)]), "rest propagates")
run(ExceptionGroup("none", [RuntimeError(1)]), "no clause")
run(ExceptionGroup("nested", [ExceptionGroup("a", [ValueError(1), ZeroDivisionError()]),
                              ExceptionGroup("b", [KeyError(2)])]), "nested")
run(ValueError("naked"), "naked matched")
run(FileNotFoundError("naked subclass"), "naked subclass")
run(RuntimeError("naked"), "naked unmatched")
run(BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(9)]), "base group")

print("-- no exception")
try:
    x = 1
except* ValueError:
    print("not run")
else:
    print("else ran", x)
finally:
    print("finally ran")

print("-- the name is unbound after the clause")
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as bound:
    print("inside", type(bound).__name__)
try:
    bound
except NameError as e:
    print("NameError:", e)

print("-- a clause's type is evaluated only when reached")


def typ(name, t):
    print("evaluating", name)
    return t


try:
    raise ExceptionGroup("g", [ValueError(1)])
except* typ("first", ValueError):
    print("first clause")
except* typ("second", TypeError):
    print("second clause")

print("-- the wrapped naked exception")
try:
    raise KeyError("k")
except* KeyError as g:
    print(type(g).__name__, repr(g), g.message == "", g.exceptions[0].args, g.__traceback__)
    print(g.exceptions[0].__traceback__ is not None)
try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as g:
    print(type(g).__name__, repr(g))

print("-- subclasses of the group are split with their split()")


class Verbose(ExceptionGroup):
    def split(self, cond):
        print("split", cond.__name__)
        return super().split(cond)

    def derive(self, excs):
        return Verbose(self.message, excs)


try:
    raise Verbose("v", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("got", type(e).__name__, repr(e))
except* TypeError as e:
    print("got", type(e).__name__, repr(e))
