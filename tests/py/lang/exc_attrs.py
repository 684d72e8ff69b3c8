e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, type(caught.__traceback__).__name__)
    tb = caught.__traceback__
    print(tb.tb_lineno, tb.tb_next)
try:
    raise KeyError("k")
except KeyError as k:
    print(repr(k), str(k), k.args)
e2 = RuntimeError("x")
r = e2.with_traceback(None)
print(r is e2)
e3 = Exception("with note")
e3.add_note("note 1")
e3.add_note("note 2")
print(e3.__notes__)
try:
    e3.add_note(5)
except TypeError as t:
    print("TypeError:", t)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
except ZeroDivisionError as z:
    print(z, z.__notes__)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror)
print(str(OSError(2, "No such file")))
si = StopIteration(5)
print(si.value)
print(SystemExit(3).code, SystemExit().code)
print(BaseException().args, Exception(1).args)
e4 = Exception()
e4.args = ("new",)
print(e4)
print(UnicodeError.__mro__[1].__name__, LookupError in IndexError.__mro__)
try:
    raise Exception("a") from None
except Exception as x:
    print(x.__cause__, x.__suppress_context__)
