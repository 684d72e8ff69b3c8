# A non-str item in __all__: the error names the module.
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
