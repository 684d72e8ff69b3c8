# ImportError and ModuleNotFoundError: messages and the name/path attributes, for missing
# modules, missing names, non-packages, circular imports and relative imports.
import os
import sys
sys.path.insert(0, "_support")

def show(e):
    msg = str(e)
    if msg.endswith(".py)"):
        msg = msg[:msg.rindex(" (")] + " (PATH)"
    path = os.path.basename(e.path) if e.path else e.path
    print(type(e).__name__, "|", msg, "|", e.name, "|", path)

try:
    import nonexistent_module_abc
except ImportError as e:
    show(e)
try:
    import impdemo.missing_sub
except ImportError as e:
    show(e)
try:
    import impdemo.tools.not_a_package
except ImportError as e:
    show(e)
try:
    from impdemo import no_such_name
except ImportError as e:
    show(e)
try:
    from impdemo.tools import missing_function
except ImportError as e:
    show(e)
try:
    from sys import no_such_sys_attr
except ImportError as e:
    show(e)
try:
    import impdemo.cyc_x
except ImportError as e:
    print(type(e).__name__, e.name)  # message: see tests/known_failures/import_from_partial_init.py
print("impdemo.cyc_x" in sys.modules, "impdemo.cyc_y" in sys.modules)
try:
    import impdemo.toofar
except ImportError as e:
    show(e)
try:
    from . import sibling
except ImportError as e:
    show(e)
try:
    exec("from .. import x", {"__name__": "pkg.mod", "__package__": "pkg"})
except ImportError as e:
    show(e)

# ModuleNotFoundError is an ImportError; catching either works; raising with kwargs.
print(issubclass(ModuleNotFoundError, ImportError))
e = ModuleNotFoundError("custom", name="n", path="/x/p.py")
show(e)
print(repr(ImportError("m", name="n")), ImportError("a", "b").args, ImportError().msg)
# A failing module import leaves no entry in sys.modules.
import os as _os
bad_dir = "_bad_mod_%d" % _os.getpid()
_os.mkdir(bad_dir)
try:
    with open(f"{bad_dir}/broken_mod.py", "w") as f:
        f.write("VALUE = 1\nraise RuntimeError('module body failed')\n")
    sys.path.insert(0, bad_dir)
    try:
        import broken_mod
    except RuntimeError as err:
        print(type(err).__name__, err, "broken_mod" in sys.modules)
    with open(f"{bad_dir}/syntax_mod.py", "w") as f:
        f.write("def broken(:\n    pass\n")
    try:
        import syntax_mod
    except SyntaxError as err:
        print(type(err).__name__, err.msg, os.path.basename(err.filename), err.lineno)
finally:
    for name in os.listdir(bad_dir):
        if name.endswith(".py"):
            os.remove(os.path.join(bad_dir, name))
    for folder, dirs, files in list(os.walk(bad_dir, topdown=False)):
        for f in files:
            os.remove(os.path.join(folder, f))
        os.rmdir(folder)
print(os.path.exists(bad_dir))
