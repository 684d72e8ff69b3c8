# from x import *: __all__ (including underscore and submodule names), underscore
# filtering without __all__, missing names in __all__, and where star imports are allowed.
import sys
sys.path.insert(0, "_support")

ns = {}
exec("from impdemo.stars import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from impdemo.stars_all import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from impdemo.shapes import *", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["square"].__name__)
try:
    exec("from impdemo.stars_bad import *", {})
except AttributeError as e:
    print(type(e).__name__, e)

# A star import into the real module namespace.
from impdemo.stars_all import *
print(_exported, public, "not_listed" in globals())
# Modules without __all__ that start names with underscores keep them private;
# a package's __init__ without __all__ only exports what it defines/imports.
ns = {}
exec("from impdemo import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
# __all__ must hold strings.
import types
bad = types.ModuleType("bad_all")
bad.__all__ = ["ok", 1]
bad.ok = 1
sys.modules["bad_all"] = bad
try:
    exec("from bad_all import *", {})
except TypeError as e:
    print(type(e).__name__, "must be str, not int" in str(e))
# A module-like object without __dict__... uses __all__ only.
# Star import is only allowed at module level.
for src in ("def f():\n    from os import *\n", "class C:\n    from os import *\n"):
    try:
        compile(src, "<star>", "exec")
        print("compiled:", src.splitlines()[0])
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
