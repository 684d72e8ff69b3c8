# The order of everything that happens in a class statement: decorators, bases,
# keywords, metaclass __prepare__, the body, __set_name__, __init_subclass__,
# metaclass __init__, then the class decorators (innermost first).
log = []
def note(msg, value=None):
    log.append(msg)
    return value

class Desc:
    def __init__(self, tag):
        note(f"Desc({tag}).__init__")
        self.tag = tag
    def __set_name__(self, owner, name):
        note(f"__set_name__ {self.tag} -> {owner.__name__}.{name}")

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        note(f"__prepare__ {name} {sorted(kw)}")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        note(f"Meta.__new__ {name} body keys {[k for k in ns if not k.startswith('__')]}")
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        note(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        note(f"__init_subclass__ {cls.__name__} {kw}")

def deco(tag):
    note(f"decorator expression {tag}")
    def apply(cls):
        note(f"apply decorator {tag} to {cls.__name__}")
        return cls
    return apply

log.clear()
@deco("outer")
@deco("inner")
class Child(note("evaluate base", Base), flag=note("evaluate keyword", True)):
    note("body start")
    first = Desc("first")
    def method(self):
        pass
    second = Desc("second")
    note("body end")
for line in log:
    print(line)

# __set_name__ also runs for descriptors in type(name, bases, ns) calls, and errors
# propagate out of the class statement.
class Loud:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")
try:
    class Broken:
        attr = Loud()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

# __init_subclass__ errors abort the class creation.
class Picky:
    def __init_subclass__(cls, **kw):
        if not cls.__name__.startswith("P"):
            raise TypeError(f"bad subclass name {cls.__name__}")
class Pfine(Picky):
    pass
try:
    class Wrong(Picky):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("Wrong" in globals(), Pfine.__name__)

# The class body runs like a function body: statements, loops, and name binding order.
class Computed:
    squares = {}
    for i in range(3):
        squares[i] = i * i
    del i
    if len(squares) > 2:
        big = True
    else:
        big = False
print(Computed.squares, Computed.big, hasattr(Computed, "i"))
# __qualname__ and __module__ are set in the namespace before the body runs.
class Peek:
    seen = (__qualname__, __module__)
print(Peek.seen)
