# getattr/setattr/hasattr/delattr, vars, type names, dynamic attributes.
class Config:
    defaults = {"debug": False}
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
c = Config(host="localhost", port=8080)
print(c.host, getattr(c, "port"), getattr(c, "missing", "fallback"), hasattr(c, "host"), hasattr(c, "nope"))
setattr(c, "port", 9090)
c.timeout = 30
print(c.port, sorted(vars(c).items()))
delattr(c, "timeout")
del c.host
print(hasattr(c, "timeout"), hasattr(c, "host"), sorted(vars(c)))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
for name in ("upper", "split", "nope"):
    print(name, hasattr("s", name), getattr("abc", name, None) is not None)
print(getattr("hello", "upper")(), getattr([3, 1, 2], "index")(2), getattr(Config, "defaults"))
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:] * 2
        raise AttributeError("no attribute " + name)
lz = Lazy()
lz.real = "real"
print(lz.x_ab, lz.real, getattr(lz, "x_q"), hasattr(lz, "y"), getattr(lz, "y", "dflt"))
for v in (1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, 1j, range(1), len, Config, c, type, object()):
    print(type(v).__name__, end=" ")
print()
print(type(Config).__name__, type(type).__name__, type(len).__name__, type(c.__init__).__name__, type(lambda: 0).__name__)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, type(iter([])).__name__, type(iter("")).__name__)
print(type(zip()).__name__, type(map(abs, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(type(3) == int, type(3)(7.9), type("x")(12), type([])("ab"), type(c)(a=1).a)
