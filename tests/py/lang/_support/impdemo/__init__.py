"""A package for the import tests: submodules, relative imports, __main__, cycles."""
VERSION = "1.0"
_internal = "hidden"
