# Exception args, str() and repr() across arities and special builtin exceptions.
for args in ((), ("one",), ("a", 2), (None,), ([1, 2],)):
    e = Exception(*args)
    print(repr(e), "|", str(e), "|", e.args)
print(repr(ValueError("it's")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(repr(KeyError("k")), str(KeyError(1)), str(IndexError("list index out of range")))

e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
e.args = "seq"
print(e.args)
try:
    e.args = 5
except TypeError as ex:
    print(type(ex).__name__, ex)

# OSError maps errno to subclasses and fills attributes.
ENOENT, EACCES, EEXIST = 2, 13, 17  # Linux errno values
err = OSError(ENOENT, "No such file or directory", "missing.txt")
print(type(err).__name__, err.errno, err.strerror, err.filename, str(err))
print(type(OSError(EACCES, "denied")).__name__, type(OSError(EEXIST, "x")).__name__)
print(str(OSError("just a message")), OSError(1, "two").args, OSError(1).errno)
print(str(FileNotFoundError(2, "No such file", "a", None, "b")))
try:
    open("/nonexistent-dir-for-test/x.txt")
except FileNotFoundError as fe:
    print(type(fe).__name__, fe.errno == ENOENT, fe.filename, fe.strerror)

# SystemExit, StopIteration and ImportError attributes.
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie), ImportError().name)
try:
    ImportError("m", bogus=1)
except TypeError as ex:
    print(type(ex).__name__, ex)

# UnicodeDecodeError / UnicodeEncodeError details.
try:
    b"\xff\xfe abc".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
    print(str(u))
try:
    "caf\xe9".encode("ascii")
except UnicodeEncodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
    print(str(u))

# Custom exceptions: __init__ not calling super, __str__ override, extra attributes.
class AppError(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
a = AppError(404, "not found")
print(a, repr(a), a.args)
class WithSuper(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
w = WithSuper(5)
print(w, repr(w), w.args, w.code)
class Quiet(Exception):
    pass
print(repr(Quiet()), repr(Quiet("q")), str(Quiet(1, 2)))
# Exceptions compare by identity.
print(ValueError(1) == ValueError(1), hash(e) == hash(e))
