# import a.b.c, `as` aliases, from-imports of submodules and names, and how submodules
# become attributes of their parent package.
import sys
sys.path.insert(0, "_support")

import impdemo.shapes.circle
print(impdemo.__name__, impdemo.shapes.__name__, impdemo.shapes.circle.__name__)
print(impdemo.shapes.circle.Circle(2).info())
print("impdemo.tools" in sys.modules, hasattr(impdemo, "tools"))

import impdemo.shapes.circle as circ
print(circ is impdemo.shapes.circle, "circ" in globals())
from impdemo.shapes import circle as c2, Circle as K
print(c2 is circ, K is circ.Circle, K.__module__, K.__qualname__)
from impdemo import tools as t, VERSION as V
print(t.helper(), V, t.public_value)
from impdemo.shapes.square import area, SIDE
print(area(), area(5), SIDE)
print(hasattr(impdemo.shapes, "square"))

# Importing a submodule binds it on the parent even via from-import.
from impdemo.shapes import deep
print(deep.SUMMARY)
print(sorted(k for k in vars(impdemo.shapes) if not k.startswith("__")))

# Module attributes: __name__, __package__, __file__ (basename), __path__.
import os
for m in (impdemo, impdemo.shapes, circ, deep):
    print(m.__name__, m.__package__, os.path.basename(m.__file__), hasattr(m, "__path__"))
print([os.path.basename(p) for p in impdemo.shapes.__path__])
print(impdemo.__doc__.split(":")[0])

# The same module object is reused by later imports.
import impdemo.shapes.circle as again
print(again is circ, sys.modules["impdemo.shapes.circle"] is circ)

# `import a.b` inside a function binds a local name `a`.
def local_import():
    import impdemo.shapes.square
    return impdemo.shapes.square.SIDE, "impdemo" in locals()
print(local_import())
# A name imported with `as` from a dotted module binds the leaf, not the top package.
def alias_import():
    import impdemo.shapes.square as sq
    return sorted(n for n in locals())
print(alias_import())
