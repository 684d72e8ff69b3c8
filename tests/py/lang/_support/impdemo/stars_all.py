# Star-import source with __all__, including an underscore name and a missing name.
__all__ = ["_exported", "public"]
_exported = "underscore but exported"
public = "public"
not_listed = "not listed"
