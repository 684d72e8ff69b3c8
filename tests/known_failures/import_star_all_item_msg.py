# A non-str item in __all__: CPython names the module ("Item in bad_all.__all__ must be
# str, not int"); taipan's import_star (vm/interp.cpp) says "Item in module.__all__".
import sys
import types
bad = types.ModuleType("bad_all")
bad.__all__ = ["ok", 1]
bad.ok = 1
sys.modules["bad_all"] = bad
try:
    exec("from bad_all import *", {})
except TypeError as e:
    print(type(e).__name__, e)
