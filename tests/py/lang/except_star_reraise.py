# What a try/except* statement raises: re-raised parts keep the original nesting and
# metadata; new exceptions from the clauses are grouped with them in ExceptionGroup('', ...).
import sys


def describe(e, indent=""):
    extra = ""
    if e.__context__ is not None:
        extra = "  context=" + repr(e.__context__)
    if isinstance(e, BaseExceptionGroup):
        print(indent + type(e).__name__, repr(e.message) + extra)
        for x in e.exceptions:
            describe(x, indent + "  ")
    else:
        print(indent + repr(e) + extra)


def outcome(f):
    try:
        f()
        print("nothing raised")
    except BaseException as e:
        describe(e)
        return e


orig = ExceptionGroup("orig", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])])


def bare_reraise():
    try:
        raise orig
    except* ValueError:
        raise


e = outcome(bare_reraise)
print(e is orig, e.__traceback__ is orig.__traceback__)


def reraise_everything():
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise
    except* KeyError:
        raise


e = outcome(reraise_everything)
print("same object:", e is orig)


def raise_new():
    try:
        raise orig
    except* ValueError:
        raise RuntimeError("new one")


outcome(raise_new)


def raise_named():
    try:
        raise orig
    except* TypeError as t:
        raise t


outcome(raise_named)


def raise_from_each():
    try:
        raise orig
    except* ValueError as v:
        raise OSError("from V") from v
    except* KeyError:
        raise ZeroDivisionError("from K")
    except* TypeError:
        pass


e = outcome(raise_from_each)
print(repr(e.exceptions[0].__cause__))


def handled_all():
    try:
        raise orig
    except* (ValueError, TypeError, KeyError):
        print("handled all")


outcome(handled_all)


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


outcome(naked_reraise)


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")


outcome(naked_raise_new)


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not run")


e = outcome(naked_unmatched)
print(type(e).__name__)


def base_exception_raised():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyboardInterrupt


outcome(base_exception_raised)


def nested_statements():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError:
            raise
        except* OSError:
            pass


outcome(nested_statements)


def exc_info_in_clauses():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("in V:", repr(sys.exc_info()[1]))
    except* TypeError:
        print("in T:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())


outcome(exc_info_in_clauses)


def inside_handler():
    try:
        raise KeyError("outer handled")
    except KeyError:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            print("exc_info in clause:", repr(sys.exc_info()[1]))
        print("exc_info restored:", repr(sys.exc_info()[1]))
        raise ExceptionGroup("g2", [TypeError()])


outcome(inside_handler)


def notes_lost_on_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        v.add_note("added in the clause")
        raise


e = outcome(notes_lost_on_reraise)
print(getattr(e, "__notes__", None))
