# importlib.import_module (absolute, relative with package=, errors), reload, and
# running a package's __main__ module by importing it.
import importlib
import sys
sys.path.insert(0, "_support")

tools = importlib.import_module("impdemo.tools")
print(tools.__name__, tools.helper(), "impdemo" in sys.modules)
circle = importlib.import_module(".shapes.circle", package="impdemo")
print(circle.__name__, circle.Circle(1).area())
square = importlib.import_module("..square", package="impdemo.shapes.circle")
print(square.__name__)
same = importlib.import_module(".", package="impdemo.shapes")
print(same.__name__, same is sys.modules["impdemo.shapes"])
print(importlib.import_module("json") is sys.modules["json"])

for name, package in ((".shapes", None), ("...x", "impdemo"), ("impdemo.nothere", None),
                      ("nonexistent_top_xyz", None), ("impdemo.tools.sub", None)):
    try:
        importlib.import_module(name, package)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)

# reload runs the module again in the same namespace.
tools.public_value = "changed"
tools.extra = "kept"
reloaded = importlib.reload(tools)
print(reloaded is tools, tools.public_value, tools.extra)
try:
    importlib.reload("impdemo.tools")
except TypeError as e:
    print(type(e).__name__, e)
importlib.invalidate_caches()

# `python -m impdemo` runs impdemo/__main__.py; importing it shows the same code.
main = importlib.import_module("impdemo.__main__")
print(main.__name__, main.__package__)
# `if __name__ == "__main__"` blocks don't run on import, but do when run as __main__.
src_path = tools.__file__
with open(src_path) as f:
    code = compile(f.read(), src_path, "exec")
exec(code, {"__name__": "__main__"})
exec(code, {"__name__": "impdemo.tools"})
print("__main__ block skipped when the name differs")
print(__name__, sys.modules["__main__"].__name__ == __name__)
