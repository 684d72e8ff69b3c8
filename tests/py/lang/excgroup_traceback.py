# The traceback module formats exception groups in CPython's nested boxes: tracebacks,
# chained exceptions and notes inside a group, width and depth limits.
import sys
import traceback


def show(e, **kw):
    text = "".join(traceback.TracebackException.from_exception(e, **kw).format())
    print(text.replace(__file__, "F"), end="")
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
show(outer)

# the last exception a nested group: only one closing line
show(ExceptionGroup("ends nested", [ValueError(1), ExceptionGroup("in", [TypeError(2)])]))

# width and depth limits
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]), max_group_width=3)
show(ExceptionGroup("wide", [ValueError(i) for i in range(4)]), max_group_width=3)
deep = ValueError("leaf")
for i in range(4):
    deep = ExceptionGroup(f"level {i}", [deep])
show(deep, max_group_depth=2)
deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep, TypeError(i)])
show(deep)

# a group in a chain, and the chain of a group
try:
    try:
        fail(ExceptionGroup("first", [ValueError(1)]))
    except ExceptionGroup:
        fail(RuntimeError("during"))
except RuntimeError as r:
    show(r)
try:
    try:
        fail(ValueError("context"))
    except ValueError:
        fail(ExceptionGroup("second", [TypeError(2)]))
except ExceptionGroup as g:
    show(g)

# what except* leaves over
try:
    try:
        fail(ExceptionGroup("star", [ValueError(1), TypeError(2), KeyError(3)]))
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("raised in clause")
except ExceptionGroup as g:
    show(g)

print(traceback.format_exception_only(outer))
print("".join(traceback.format_exception(outer, chain=False)).replace(__file__, "F"), end="")
traceback.print_exception(ExceptionGroup("printed", [ValueError(1)]), file=sys.stdout)
te = traceback.TracebackException.from_exception(outer)
print([type(x).__name__ for x in te.exceptions], te.exceptions[1].exceptions[0].exc_type)
print(traceback.TracebackException.from_exception(ValueError()).exceptions)
