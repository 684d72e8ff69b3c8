# with statements and custom context managers, including exception suppression.
class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("<" + self.name + ">")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("</" + self.name + ">", exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tag("a") as v:
    print("inside", v)
with Tag("outer"), Tag("inner") as inner:
    print("nested", inner)
with Tag("quiet", suppress=True):
    raise ValueError("suppressed")
print("continues after suppression")
try:
    with Tag("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
def early_return():
    with Tag("fn"):
        return "returned"
print(early_return())
for i in range(3):
    with Tag("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *exc):
        Resource.opened -= 1
        self.log.append("closed")
        return False
    def write(self, s):
        self.log.append(s)
with Resource("r") as r:
    r.write("one")
    r.write("two")
    print("open count inside", Resource.opened)
print("open count after", Resource.opened, r.log)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(ZeroDivisionError, KeyError):
    print(1 / 0)
with Suppress(KeyError):
    print({}["x"])
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
with Tag("x") as (a):
    print(a)
