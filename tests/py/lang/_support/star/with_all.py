__all__ = ["public", "_listed_private"]
public = "public"
other = "not in __all__"
_listed_private = "private but listed"
