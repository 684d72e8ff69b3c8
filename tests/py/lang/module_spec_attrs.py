import sys, types, time
import math
m = types.ModuleType("r")
print(repr(m), m.__spec__, m.__loader__, m.__package__)
m2 = types.ModuleType("withfile")
m2.__file__ = "/x/withfile.py"
print(repr(m2))
print(repr(sys), repr(time))
print(time.__spec__.name, time.__spec__.origin, time.__spec__.parent, time.__spec__.has_location)
print(time.__spec__.submodule_search_locations, time.__spec__.cached)
print(type(time.__spec__).__name__)
Spec = type(time.__spec__)
s = Spec("pkg.mod", None, origin="/a/b.py")
print(s, s.name, s.parent, s.origin, s.has_location, s.loader_state)
p = Spec("pkg", None, is_package=True)
print(p, p.parent, p.submodule_search_locations)
s.origin = "changed"
s.extra = 1
print(s.origin, s.extra)
print(repr(types.ModuleType("n", "doc")), types.ModuleType("n", "doc").__doc__)
