# Exceptions and context managers: __exit__ arguments, suppression, errors inside
# __exit__/__enter__, nested with statements and contextlib helpers.
import contextlib

class CM:
    def __init__(self, name, suppress=False, fail_exit=False, fail_enter=False):
        self.name, self.suppress, self.fail_exit, self.fail_enter = name, suppress, fail_exit, fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self.name
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        if self.fail_exit:
            raise ValueError(f"exit {self.name} failed")
        return self.suppress

with CM("a") as n:
    print("body", n)
with CM("s", suppress=True):
    raise KeyError("suppressed")
print("after suppress")
try:
    with CM("outer"), CM("inner", fail_exit=True):
        raise IndexError("body")
except Exception as e:
    print("caught", repr(e), repr(e.__context__))
try:
    with CM("outer", suppress=True), CM("inner", fail_enter=True):
        print("not reached")
except Exception as e:
    print("not caught", e)
print("enter failure suppressed by the outer manager")
try:
    with CM("x", fail_enter=True):
        pass
except RuntimeError as e:
    print("caught", e)

# Truthiness of __exit__'s result decides suppression.
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy suppressed")

# __exit__ sees the exception even with return/break/continue in the body.
def f():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    with CM("ret"):
        return "returned"
print(f())

# Missing protocol methods.
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# contextlib.contextmanager: exceptions are thrown into the generator.
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print("handled in generator:", e)
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with tag("i"):
    1 / 0
try:
    with tag("u"):
        raise KeyError("passes through")
except KeyError as e:
    print("caught", e)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["k"]
print("suppress ok")
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(CM(f"stack{i}")) for i in range(2)]
    stack.callback(print, "callback ran")
    print(names)
