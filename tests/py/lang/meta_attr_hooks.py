# Attribute hooks on metaclasses: class-level __getattr__, __setattr__, __delattr__,
# __getattribute__, __dir__, __instancecheck__ / __subclasscheck__, __len__/__iter__
# and __contains__ defined on the metaclass to make classes behave like containers.
class EnumLike(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if k.isupper()}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(cls._members.items())
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, value):
        return value in cls._members.values()
    def __getitem__(cls, name):
        return cls._members[name]
    def __getattr__(cls, name):
        if name.lower() != name:
            raise AttributeError(f"{cls.__name__} has no member {name!r}")
        return cls._members[name.upper()]
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot reassign member {name}")
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name}")
    def __repr__(cls):
        return f"<enum {cls.__name__}>"
    def __bool__(cls):
        return bool(cls._members)

class Color(metaclass=EnumLike):
    RED = 1
    GREEN = 2
class Empty(metaclass=EnumLike):
    pass

print(list(Color), len(Color), 2 in Color, 5 in Color, Color["RED"], Color.green, Color)
print(bool(Color), bool(Empty), sorted(dict(Color)))
try:
    Color.BLUE
except AttributeError as e:
    print(type(e).__name__, e)
for op in (lambda: setattr(Color, "RED", 9), lambda: delattr(Color, "GREEN")):
    try:
        op()
    except AttributeError as e:
        print(type(e).__name__, e)
Color.note = "ok"
print(Color.note)
try:
    Color.missing_lower
except KeyError as e:
    print(type(e).__name__, e)

# isinstance / issubclass hooks on the metaclass.
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        return "quack"
print(isinstance(Mallard(), Quacker), isinstance(1, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Mallard(), (int, Quacker)))

# __getattribute__ on the metaclass intercepts every class attribute lookup.
class Tracing(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            print("class lookup", name)
        return super().__getattribute__(name)
class Traced(metaclass=Tracing):
    value = 1
    def method(self):
        return "m"
print(Traced.value, Traced().method(), Traced().value)

# __dir__ on the metaclass customises dir(cls).
class Listing(type):
    def __dir__(cls):
        return ["b", "a"]
class Listed(metaclass=Listing):
    pass
print(dir(Listed), "a" in dir(Listed()))
