# dict.__missing__: used by d[key] only, on subclasses; not by get/in/setdefault.
class Default(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = self.factory()
        return value

d = Default(list, a=[1])
d["b"].append(2)
d["b"].append(3)
print(d, d.get("c"), "c" in d, d.get("c", "dflt"), d.setdefault("e", 9))
print(d["a"], len(d))

# __missing__ raising KeyError itself, or returning without storing.
class Echo(dict):
    def __missing__(self, key):
        if key == "bad":
            raise KeyError(f"no {key}")
        return key.upper()
e = Echo()
print(e["x"], len(e))
try:
    e["bad"]
except KeyError as ex:
    print(type(ex).__name__, ex)

# str.format_map uses __missing__ too.
class Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age}".format_map(Keep(name="ann")))

# A plain dict has no __missing__; the instance attribute is not used.
plain = {}
plain.__class__  # noqa
try:
    plain["q"]
except KeyError as ex:
    print(type(ex).__name__, ex)
class Sub(dict):
    pass
s = Sub()
s.__missing__ = lambda k: "instance"
try:
    s["q"]
except KeyError as ex:
    print(type(ex).__name__, ex)

# collections.defaultdict and Counter rely on the same hook.
from collections import defaultdict, Counter
dd = defaultdict(int)
for ch in "hello":
    dd[ch] += 1
print(sorted(dd.items()), dd.default_factory.__name__)
nofac = defaultdict()
try:
    nofac["x"]
except KeyError as ex:
    print(type(ex).__name__, ex)
c = Counter("abracadabra")
print(c["z"], c.most_common(2), "z" in c)

# KeyError with tuple keys and non-string keys.
try:
    {}[(1, 2)]
except KeyError as ex:
    print(type(ex).__name__, ex, ex.args)
try:
    {}[""]
except KeyError as ex:
    print(type(ex).__name__, ex)
