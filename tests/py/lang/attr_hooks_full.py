# __getattr__, __getattribute__, __setattr__ and __delattr__ the way proxies use them.
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattr__(self, name):
        self.log.append(("miss", name))
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

r = Recorder()
r.a = 1
r.a += 1
print(r.a, r.auto_x, getattr(r, "nope", "default"))
del r.a
try:
    r.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(r.log)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name in ("_target", "__class__", "__dict__"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.v = 1
    def bump(self):
        self.v += 1
        return self.v
t = Target()
p = Proxy(t)
print(p.v, p.bump(), t.v)
p.w = 7
print(t.w, "w" in p.__dict__, p.__class__.__name__)

# __getattribute__ raising AttributeError falls back to __getattr__.
class Layered:
    x = 1
    def __getattribute__(self, name):
        if name == "x":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"getattr({name})"
print(Layered().x, Layered().y)

# hasattr only swallows AttributeError.
class Boom:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Boom(), "q")
except KeyError as e:
    print(type(e).__name__, e)

# Special methods are looked up on the type, bypassing __getattr__ / __getattribute__.
class NoLen:
    def __getattr__(self, name):
        return lambda: 5
n = NoLen()
print(n.__len__())
try:
    len(n)
except TypeError as e:
    print(type(e).__name__, e)

# __setattr__ that validates, and object.__setattr__ on a builtin type.
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name}")
    __delattr__ = __setattr__
f = Frozen(a=1)
for op in (lambda: setattr(f, "a", 2), lambda: delattr(f, "a")):
    try:
        op()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(f, 1)
except TypeError as e:
    print(type(e).__name__, e)
