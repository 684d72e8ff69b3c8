# add_note, __notes__, explicit __cause__/__context__ assignment and __suppress_context__.
def risky(n):
    try:
        return 10 / n
    except ZeroDivisionError as e:
        e.add_note(f"while computing 10/{n}")
        e.add_note("second note")
        raise

try:
    risky(0)
except ZeroDivisionError as e:
    print(e.__notes__)
    import traceback
    print(traceback.format_exception_only(e))

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.__notes__ = ["preset"]
e.add_note("added")
print(e.__notes__)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    ValueError().add_note(1)
except TypeError as ex:
    print(type(ex).__name__, ex)

# Assigning __cause__ sets __suppress_context__; assigning non-exceptions fails.
x = RuntimeError("x")
print(x.__suppress_context__)
x.__cause__ = KeyError("c")
print(x.__suppress_context__, repr(x.__cause__))
x.__cause__ = None
print(x.__cause__, x.__suppress_context__)
for attr in ("__cause__", "__context__"):
    try:
        setattr(x, attr, "bad")
    except TypeError as ex:
        print(type(ex).__name__, ex)
x.__context__ = IndexError("ctx")
print(repr(x.__context__))

# raise ... from with a class, from a non-exception.
try:
    raise ValueError("v") from KeyError
except ValueError as ex:
    print(repr(ex.__cause__))
try:
    raise ValueError("v") from 5
except TypeError as ex:
    print(type(ex).__name__, ex)

# The context is set on raise inside except, inside finally, and through `with`.
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("close failed")
try:
    with Closer():
        raise ValueError("body")
except OSError as ex:
    print(repr(ex), repr(ex.__context__))
try:
    try:
        raise KeyError("in try")
    finally:
        raise RuntimeError("in finally")
except RuntimeError as ex:
    print(repr(ex), repr(ex.__context__))

# Re-raising the same exception does not make a cycle.
try:
    try:
        raise ValueError("same")
    except ValueError as inner:
        raise inner
except ValueError as ex:
    print(ex.__context__)

# Context cycles are broken: a -> b -> a.
a = ValueError("a")
try:
    try:
        raise a
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError:
            raise a
except ValueError as ex:
    c = ex.__context__
    print(repr(c), repr(c.__context__))
