# Builtin classes in patterns: int(x), str(), bool, float, bytes, list, tuple, dict, set,
# frozenset and their subclasses match the whole subject with one positional pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int():
            return "int"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(bs) | bytearray(bs):
            return f"bytes-like {bytes(bs)!r}"
        case list([]):
            return "empty list"
        case list([x, *rest]):
            return f"list head {x} rest {rest}"
        case tuple((x, y)):
            return f"2-tuple {x},{y}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case dict():
            return "other dict"
        case set() | frozenset():
            return f"set of {len(v)}"
        case complex(c):
            return f"complex {c}"
        case None:
            return "None"
        case type():
            return f"a class {v.__name__}"
        case object():
            return f"some {type(v).__name__}"

class MyInt(int):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
for v in (True, 0, -5, 7, MyInt(3), float("nan"), 2.5, "", b"", "hi", MyStr("sub"),
          b"ab", bytearray(b"x"), [], [1, 2, 3], MyList([9]), (1, 2), (1, 2, 3),
          {"k": 1, "z": 2}, {"a": 1}, {1, 2}, frozenset(), 1j, None, int, range(3)):
    print(repr(v), "->", kind(v))

# Only the self-matching builtins accept one positional pattern; others need keywords.
try:
    match range(3):
        case range(3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match range(1, 5, 2):
    case range(start=1, stop=s, step=2):
        print("range stop", s)
# Patterns on abstract base classes via isinstance.
from collections.abc import Mapping, Sequence
for v in ({"a": 1}, [1], "s"):
    match v:
        case Mapping():
            print("Mapping")
        case Sequence() if not isinstance(v, str):
            print("Sequence")
        case _:
            print("neither")
# A non-class in a class pattern.
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
