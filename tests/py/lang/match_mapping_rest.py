# Mapping patterns: key subsets, **rest, value patterns as keys, custom Mapping types,
# and that sequence patterns reject str/bytes/dicts.
from collections import OrderedDict, defaultdict
from collections.abc import Mapping

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={rest}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", **rest} if not rest.get("key"):
            return "key without key"
        case {"type": str(t), "payload": {"id": int(i), **inner}}:
            return f"{t} id={i} inner={sorted(inner)}"
        case {}:
            return f"some mapping {len(event)}"
        case _:
            return "not a mapping"

for e in ({"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "button": 1},
          {"type": "key", "key": "a"}, {"type": "key", "key": "ab"}, {"type": "key"},
          {"type": "rpc", "payload": {"id": 7, "x": 1, "y": 2}}, {}, {"other": 1}, [("type", "click")]):
    print(handle(e))

# Keys can be literals or dotted value patterns.
class K:
    NAME = "name"
    AGE = 1
match {"name": "ann", 1: 30, None: "n", True: "t"}:
    case {K.NAME: n, K.AGE: a, None: nn}:
        print(n, a, nn)
match {1.0: "float key", b"k": "bytes key"}:
    case {1: v, b"k": w}:
        print(v, w)

# defaultdict's __missing__ is not triggered by mapping patterns; get() is used.
dd = defaultdict(list, present=[1])
match dd:
    case {"absent": _}:
        print("wrongly matched")
    case {"present": [x]}:
        print("present", x, sorted(dd))

# A custom Mapping.
class Env(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
match Env(HOME="/root", SHELL="sh"):
    case {"HOME": home, **others}:
        print(home, type(others).__name__, others)
match OrderedDict(a=1, b=2):
    case {"b": b, **rest}:
        print(b, rest)

# Sequence patterns do not match str, bytes, bytearray or mappings.
for subject in ("ab", b"ab", bytearray(b"ab"), {"a": 1, "b": 2}, ["a", "b"], ("a", "b"), range(2)):
    match subject:
        case [x, y]:
            print(type(subject).__name__, "sequence", x, y)
        case _:
            print(type(subject).__name__, "no sequence match")

# **rest collects a fresh dict; the subject is untouched.
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"a": 1, **rest}:
        rest["z"] = 0
        print(rest, src)
