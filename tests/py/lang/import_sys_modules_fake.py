# sys.modules manipulation: inserting fake modules, None entries, modules that replace
# themselves, deleting entries to force a re-import, and module-level __getattr__.
import sys
import types
sys.path.insert(0, "_support")

fake = types.ModuleType("fakemod", "A module made at run time.")
fake.greet = lambda name: f"hello {name}"
fake.VALUE = 99
sys.modules["fakemod"] = fake
import fakemod
from fakemod import greet, VALUE
print(fakemod is fake, greet("fake"), VALUE, fakemod.__doc__, fakemod.__name__)
try:
    from fakemod import missing
except ImportError as e:
    print(type(e).__name__, e)

# Any object works as a module in sys.modules.
class Namespace:
    answer = 41
sys.modules["objmod"] = Namespace()
import objmod
from objmod import answer
print(type(objmod).__name__, answer)

# A fake package: submodules found through sys.modules too.
pkg = types.ModuleType("fakepkg")
pkg.__path__ = []
sub = types.ModuleType("fakepkg.sub")
sub.X = "sub x"
sys.modules["fakepkg"] = pkg
sys.modules["fakepkg.sub"] = sub
import fakepkg.sub
from fakepkg.sub import X
print(fakepkg.sub is sub if hasattr(fakepkg, "sub") else "no attribute", X)
from fakepkg import sub as s2
print(s2 is sub)

# None in sys.modules blocks an import.
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)

# A module replacing itself.
import impdemo.selfreplace as sr
print(sr, sr.answer, sys.modules["impdemo.selfreplace"] is sr)

# Deleting from sys.modules makes the next import run the module again.
import impdemo
import impdemo.tools as tools1
tools1.marker = "first"
del sys.modules["impdemo.tools"]
import impdemo.tools as tools2
print(tools1 is tools2, hasattr(tools2, "marker"), impdemo.tools is tools2)

# Module __getattr__ / __dir__.
import impdemo.lazy as lazy
print(lazy.EAGER, lazy.lazy_thing, dir(lazy))
from impdemo.lazy import lazy_other
print(lazy_other)
try:
    lazy.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from impdemo.lazy import nothing
except ImportError as e:
    print(type(e).__name__, e.args[0].split(" (")[0])

# ModuleType basics.
m = types.ModuleType("m")
print(m.__name__, m.__doc__, sorted(k for k in vars(m) if k in ("__name__", "__doc__")))
m.attr = 1
del m.attr
try:
    m.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    types.ModuleType()
except TypeError as e:
    print(type(e).__name__)
print(isinstance(sys, types.ModuleType), type(sys).__name__)
