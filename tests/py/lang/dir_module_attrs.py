import sys
sys.path.insert(0, "_support")
import pkg_a.core as core
print(core.__name__, core.__package__, core.__spec__ is not None if hasattr(core, "__spec__") else "nospec")
print([n for n in dir(core) if not n.startswith("__")])
print(core.__doc__)
print(type(core).__name__, type(sys).__name__)
m = type(sys)("mymod", "my doc")
print(m.__name__, m.__doc__, vars(m)["__name__"])
m.x = 1
print(m.x, "x" in dir(m))
print(repr(type(sys)("r")))
print(__name__, __doc__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
print("__file__" in globals(), __file__.endswith("dir_module_attrs.py"))
def mod_getattr_test():
    mm = type(sys)("lazy")
    mm.__getattr__ = lambda name: "lazy " + name
    sys.modules["lazy"] = mm
    import lazy
    return lazy.anything
print(mod_getattr_test())
