# Exception classes: hierarchy, args, str(), custom attributes and __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
    def __str__(self):
        return "not found: " + self.name
class Invalid(AppError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
def check(x):
    if x == "missing":
        raise NotFound("widget")
    if x == "bad":
        raise Invalid("size", -1)
    if x == "plain":
        raise AppError("plain problem")
    return "ok"
for arg in ("fine", "missing", "bad", "plain"):
    try:
        print(arg, check(arg))
    except NotFound as e:
        print(arg, "NotFound", str(e), e.args, e.name, repr(e))
    except AppError as e:
        print(arg, type(e).__name__, str(e), e.args, isinstance(e, Exception), getattr(e, "field", "-"))
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(FileNotFoundError, OSError))
print(issubclass(StopIteration, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
for e in (ValueError(), ValueError("one"), ValueError("a", "b"), KeyError("k"), KeyError(), OSError(2, "No such file")):
    print(type(e).__name__, repr(str(e)), e.args, repr(e))
try:
    raise NotFound("gizmo")
except (ValueError, AppError) as e:
    print("tuple handler", e)
errors = []
for val in ["1", "x", "2", "", "3.5"]:
    try:
        errors.append(int(val))
    except ValueError as e:
        errors.append(str(e))
print(errors)
class WithData(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
try:
    raise WithData(404, "Not Found")
except WithData as e:
    print(e.code, e.args, e)
e = Exception("stored")
print(e.args, str(e), e.__class__.__name__, e.with_traceback(None) is e)
