# sys.exc_info() and sys.exception() in nested handlers, after handlers, in finally
# and in functions called from handlers.
import sys

def current():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None, tb is not None)

print(current())
try:
    raise ValueError("outer")
except ValueError:
    print(current())
    try:
        raise KeyError("inner")
    except KeyError:
        print(current())
    print(current())
    def helper():
        return current()
    print(helper())
print(current())

try:
    try:
        raise TypeError("t")
    finally:
        print("finally", current())
except TypeError:
    pass
try:
    pass
finally:
    print("finally, no exception", current())

# The handler's variable is deleted afterwards; the exception stays reachable via exc_info
# only while handling.
try:
    raise RuntimeError("r")
except RuntimeError as err:
    saved = err
try:
    err
except NameError as e:
    print(type(e).__name__, e)
print(saved, current())

# Bare raise re-raises the current exception, even from a called function.
def reraise():
    raise
try:
    try:
        raise IndexError("again")
    except IndexError:
        reraise()
except IndexError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# Handler inside a loop with continue/break keeps exc_info consistent.
for i in range(3):
    try:
        if i < 2:
            raise ValueError(i)
    except ValueError:
        if i == 0:
            continue
        print("loop", current())
        break
print(current())

# An exception raised while handling another keeps the first as context, and
# exc_info returns to the outer one after the inner handler.
try:
    raise ValueError("first")
except ValueError:
    try:
        raise KeyError("second")
    except KeyError as k:
        print(repr(k.__context__))
    print(current())

# sys.exception() (3.11) mirrors exc_info()[1].
try:
    raise OSError("os")
except OSError as e:
    print(sys.exception() is e)
print(sys.exception())
