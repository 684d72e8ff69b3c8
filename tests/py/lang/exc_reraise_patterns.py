# Common re-raise and handler patterns: bare raise, raise e, exception variable cleanup,
# else/finally ordering, exceptions in else and finally, and handler tuples built at runtime.
import traceback

def fail():
    raise ValueError("original")

def bare():
    try:
        fail()
    except ValueError:
        raise
def named():
    try:
        fail()
    except ValueError as e:
        raise e
def wrapped():
    try:
        fail()
    except ValueError as e:
        raise RuntimeError("wrapped") from e

for fn in (bare, named, wrapped):
    try:
        fn()
    except Exception as e:
        tb_names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print(fn.__name__, type(e).__name__, e, tb_names, e.__context__ is not None)

# The `as` name is unbound after the handler, even if it shadowed a variable.
e = "before"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)

# Order of try/except/else/finally, and exceptions raised inside else and finally.
def flow(kind):
    out = []
    try:
        out.append("try")
        if kind == "raise":
            raise ValueError
    except ValueError:
        out.append("except")
    else:
        out.append("else")
        if kind == "else-raises":
            raise KeyError("from else")
    finally:
        out.append("finally")
    return out
print(flow("ok"), flow("raise"))
try:
    flow("else-raises")
except KeyError as ex:
    print("else raised", ex, ex.__context__)

# Handlers chosen by a tuple computed at run time, and by a base class variable.
def handler_types():
    return (ZeroDivisionError, KeyError)
errors = [LookupError]
for exc in (ZeroDivisionError(), KeyError("x"), IndexError(), TypeError()):
    try:
        try:
            raise exc
        except handler_types() as h:
            print("tuple caught", type(h).__name__)
        except errors[0] as h:
            print("variable caught", type(h).__name__)
    except TypeError as h:
        print("outer caught", type(h).__name__)

# An exception type given as a variable that is not an exception class.
try:
    try:
        raise ValueError
    except (ValueError, "not a class"):
        print("matched before the bad entry")
except TypeError as te:
    print(type(te).__name__, te)
try:
    try:
        raise ValueError
    except ("not a class", ValueError):
        print("never")
except TypeError as te:
    print(type(te).__name__, te)

# Catching the exception class re-raised inside a nested function keeps the traceback.
def outer():
    def inner():
        raise IndexError("deep")
    try:
        inner()
    except IndexError as ie:
        return [f.name for f in traceback.extract_tb(ie.__traceback__)]
print(outer())

# A handler that raises a new exception and then the original via a stored reference.
saved = None
try:
    try:
        raise OSError("first")
    except OSError as oe:
        saved = oe
        raise TypeError("second")
except TypeError as te:
    print(repr(te.__context__) , te.__context__ is saved)
try:
    raise saved
except OSError as again:
    print(again is saved, again.__context__)
