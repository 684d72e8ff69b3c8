import sys
import traceback
import io


def show(text):
    print(text.replace(__file__, "F"), end="")



def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError:
    show(traceback.format_exc())
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
    etype, e, tb = sys.exc_info()

show("".join(traceback.format_exception(e)))
show("".join(traceback.format_exception(etype, e, tb)))
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(ValueError()))
show("".join(traceback.format_tb(tb)))
for fs in traceback.extract_tb(tb):
    print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__)
fs = traceback.extract_tb(tb)[-1]
print(repr(fs).replace(__file__, "F"))
fname, lineno, name, line = fs
print(name, lineno, line)
print(len(traceback.extract_tb(tb, limit=1)))

buf = io.StringIO()
traceback.print_exception(e, file=buf)
print(buf.getvalue() == "".join(traceback.format_exception(e)))
buf = io.StringIO()
traceback.print_tb(tb, file=buf)
print(buf.getvalue() == "".join(traceback.format_tb(tb)))


class MyError(Exception):
    pass


try:
    try:
        raise KeyError("missing")
    except KeyError as k:
        raise MyError("wrapped") from k
except MyError as m:
    show("".join(traceback.format_exception(m)))
    show("".join(traceback.format_exception(m, chain=False)))

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise RuntimeError("second")
except RuntimeError as r:
    show("".join(traceback.format_exception(r)))

try:
    compile("a b", "x.py", "exec")
except SyntaxError as s:
    print("".join(traceback.format_exception_only(s)), end="")

e2 = OSError(2, "nope")
print(traceback.format_exception_only(e2))
print(traceback.format_exception(e2))
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)]))


def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)


try:
    rec(10)
except RecursionError:
    show(traceback.format_exc())

print(traceback.format_exc())


def show_stack():
    for line in traceback.format_stack():
        print(line.replace(__file__, "F"), end="")
    print([fs.name for fs in traceback.extract_stack()])
    buf = io.StringIO()
    traceback.print_stack(file=buf, limit=1)
    print(buf.getvalue().replace(__file__, "F"), end="")


def caller():
    show_stack()


caller()
