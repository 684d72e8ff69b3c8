"""importlib: the programmatic face of the import system.

Provides import_module (absolute and relative names), reload and invalidate_caches.
Modules are found and loaded by the interpreter's own importer (vm/import.cpp), so the
finder/loader/spec machinery (importlib.util, importlib.machinery, importlib.abc) is
deliberately absent.
"""

import sys

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Imports a module and returns it (the submodule itself for a dotted name).

    A name starting with dots is relative to `package`.
    """
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        level = len(name) - len(name.lstrip("."))
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: the importer looks at the file system on every search."""


def reload(module):
    """Runs the module's source file again in its existing namespace and returns the
    module found in sys.modules afterwards. Modules without a __file__ (native and
    embedded ones) are returned unchanged."""
    name = getattr(module, "__name__", None)
    if not isinstance(name, str) or type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    path = getattr(module, "__file__", None)
    if path is None:
        return module
    with open(path, encoding="utf-8") as f:
        source = f.read()
    exec(compile(source, path, "exec"), module.__dict__)
    return sys.modules[name]
