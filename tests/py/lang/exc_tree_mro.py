# The builtin exception hierarchy: every builtin exception's __mro__ and some
# issubclass/isinstance relations programs rely on.
import builtins

names = sorted(n for n, v in vars(builtins).items()
               if isinstance(v, type) and issubclass(v, BaseException)
               and "Group" not in n)
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", " ".join(c.__name__ for c in cls.__mro__[1:]))

print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(StopAsyncIteration, StopIteration), issubclass(GeneratorExit, Exception))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(TabError, SyntaxError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
print(issubclass(NotImplementedError, RuntimeError), NotImplemented.__class__.__name__)

# Catching by a base class and by a tuple.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except OSError as e:
        return "os:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(),
            FileNotFoundError(), PermissionError(), UnicodeError(), AssertionError()):
    print(classify(exc))

# KeyboardInterrupt and SystemExit escape `except Exception`.
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print("escaped", type(e).__name__)

# Catching a non-exception class is a TypeError at match time.
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
