# A relative sys.path entry still gives modules an absolute __file__ (and __path__).
import os
import sys
sys.path.insert(0, "_support")
import pkg_a.core
f = pkg_a.core.__file__
print(os.path.isabs(f), f == os.path.join(os.getcwd(), "_support", "pkg_a", "core.py"))
p = pkg_a.__path__[0]
print(os.path.isabs(p), p == os.path.join(os.getcwd(), "_support", "pkg_a"))
spec = pkg_a.core.__spec__
print(spec.name, spec.parent, spec.origin == f, spec.has_location, spec.submodule_search_locations)
pspec = pkg_a.__spec__
print(pspec.name, pspec.parent, pspec.submodule_search_locations == pkg_a.__path__)
print(repr(pkg_a.core) == "<module 'pkg_a.core' from %r>" % f)
