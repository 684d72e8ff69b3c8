try:
    int("x")
except ValueError:
    raise LookupError("clean") from None
