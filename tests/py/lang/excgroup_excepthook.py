# The interpreter's own report of an exception group (sys.excepthook, as for an uncaught
# one): nested boxes, chains and notes inside groups, width and depth limits.
import io
import sys


def report(e):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.stderr = saved
    print(buf.getvalue().replace(__file__, "F"), end="")
    print("=" * 20)


def fail(e):
    raise e


def captured(e):
    try:
        fail(e)
    except BaseException as caught:
        return caught


def chained():
    try:
        fail(KeyError("original"))
    except KeyError as k:
        try:
            raise TypeError("converted") from k
        except TypeError as t:
            return t


inner = captured(ExceptionGroup("inner", [captured(ValueError("v")), OSError("not raised")]))
inner.add_note("a note on the inner group\nwith two lines")
outer = captured(ExceptionGroup("outer", [chained(), inner, ZeroDivisionError("last")]))
outer.add_note("outer note")
report(outer)

report(ExceptionGroup("ends nested", [ValueError(1), ExceptionGroup("in", [TypeError(2)])]))
report(BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(2), ValueError()]))
report(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
report(ExceptionGroup("sixteen", [ValueError(i) for i in range(16)]))
deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep, TypeError(i)])
report(deep)

try:
    try:
        fail(ExceptionGroup("first", [ValueError(1)]))
    except ExceptionGroup:
        fail(RuntimeError("during"))
except RuntimeError as r:
    report(r)
try:
    try:
        fail(ValueError("context"))
    except ValueError:
        fail(ExceptionGroup("second", [TypeError(2)]))
except ExceptionGroup as g:
    report(g)

try:
    try:
        fail(ExceptionGroup("star", [ValueError(1), TypeError(2), KeyError(3)]))
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("raised in clause")
except ExceptionGroup as g:
    report(g)


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no str")


odd = ExceptionGroup("odd notes", [Unprintable(), ValueError("tuple notes")])
odd.__notes__ = "abc"
odd.exceptions[1].__notes__ = ("n1", 2)
report(odd)
