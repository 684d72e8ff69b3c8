# __all__ naming something that does not exist.
__all__ = ["present", "absent"]
present = 1
