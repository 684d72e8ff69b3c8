# Chained exceptions printed with the traceback module (file/source lines filtered out so
# the output does not depend on paths), __traceback__ walking and with_traceback.
import traceback
import sys

def show(exc):
    for chunk in traceback.format_exception(exc):
        for line in chunk.splitlines():
            if line and not line.startswith(" "):
                print(line)
    print("--")

def parse(s):
    return int(s)

def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise RuntimeError("load failed") from e

try:
    load("x")
except RuntimeError as e:
    show(e)

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    show(e)

try:
    try:
        raise OSError("disk")
    except OSError:
        raise ValueError("clean") from None
except ValueError as e:
    show(e)
    print(e.__suppress_context__, type(e.__context__).__name__, e.__cause__)

# format_exception_only and print_exception to stdout.
print(traceback.format_exception_only(KeyError("k")), traceback.format_exception_only(ValueError()))
exc = TypeError("standalone")
print(traceback.format_exception(exc))

# Walking __traceback__: function names through tb_next.
def a():
    b()
def b():
    c()
def c():
    raise LookupError("deep")
try:
    a()
except LookupError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
    print(sys.exc_info()[2] is e.__traceback__)

# with_traceback attaches a traceback; raising adds the current frame in front.
try:
    raise ValueError("first")
except ValueError as e:
    saved = e.__traceback__
new = RuntimeError("second").with_traceback(saved)
print(new.__traceback__ is saved)
try:
    raise new
except RuntimeError as e:
    print(e.__traceback__ is not saved, e.__traceback__.tb_next is saved)
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print(type(e).__name__, e)
e = KeyError("x")
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = "tb"
except TypeError as ex:
    print(type(ex).__name__, ex)
