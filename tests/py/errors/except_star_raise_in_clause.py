# An exception raised in an except* clause of a naked exception propagates alone.
try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped:", repr(e))
    raise RuntimeError("from the clause")
