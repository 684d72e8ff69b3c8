# globals(), locals(), vars(), dir(), callable() and __import__ with fromlist/level.
import sys

top = 1
print("top" in globals(), globals() is vars(), globals()["__name__"])

def show_locals(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc), loc["c"]
print(show_locals(1))

def closure():
    v = "free"
    def inner():
        w = v
        return sorted(locals())
    return inner()
print(closure())

class K:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    def m(self):
        pass
print(K.names, "m" in vars(K), sorted(k for k in vars(K()) ))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(WithDir()))
class Slotted:
    __slots__ = ("a",)
print("a" in dir(Slotted), [n for n in dir(K) if not n.startswith("__")])
print(dir(sys) == sorted(dir(sys)), "path" in dir(sys))
def dir_locals():
    q = 1
    r = 2
    return dir()
print(dir_locals())
class BadDir:
    def __dir__(self):
        return 42
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

# callable for the various kinds of objects.
print([callable(o) for o in (len, K, K(), K().m, lambda: 0, print, 0, "s", type, object())])

# __import__: top-level, dotted (returns the top package), fromlist (returns the leaf).
os_mod = __import__("os")
print(os_mod.__name__, __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
jm = __import__("json.decoder", globals(), locals(), ["JSONDecoder"], 0)
print(jm.__name__, hasattr(jm, "JSONDecoder"))
pkg = __import__("json", fromlist=["decoder"])
print(pkg.__name__, hasattr(pkg, "decoder"))
for bad in ({"name": "x", "level": -1}, {"name": ""}, {"name": "nonexistent_mod_xyz"}):
    try:
        __import__(**bad)
    except (ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    __import__("anything", level=1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(__import__("sys") is sys, __import__("collections.abc").__name__)

# id/hash/type/isinstance basics on builtins.
print(type(len).__name__, type(K.m).__name__, type(K().m).__name__, type(sys).__name__)
print(getattr(K, "x"), getattr(K, "nope", None), hasattr(K, "m"), isinstance(K(), (int, K)))
