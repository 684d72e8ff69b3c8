import sys
sys.path.insert(0, "_support")
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from pkg_a import no_such_name
except ImportError as e:
    print("ImportError:", type(e).__name__, e.name)
try:
    import pkg_a.nothere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    sys.modules["fm"] = type(sys)("fm"); from fm import nope
except ImportError as e:
    print("ImportError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
