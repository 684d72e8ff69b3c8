# Mapping patterns: keys, nested values, **rest, length semantics.
def m(x):
    match x:
        case {}  if not x:
            return "empty dict"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {1: one, 2: [a, b]}:
            return f"ints {one} {a} {b}"
        case {"k": None}:
            return "k is None"
        case {**everything}:
            return f"anything {sorted(everything.items())}"
        case _:
            return "not a mapping"

for v in [{}, {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5},
          {"type": "circle", "r": 5, "c": 1}, {1: "a", 2: [3, 4]}, {1: "a", 2: [3]},
          {"k": None}, {"k": 0}, [("a", 1)], "str", 7]:
    print(repr(v), "->", m(v))

class Key:
    A = "a"

match {"a": 1, "b": 2}:
    case {Key.A: val}:
        print("attr key", val)

# get() is used for non-dict mappings? dict subclasses use their own lookup
class D(dict):
    def __missing__(self, key):
        return "missing"

match D(x=1):
    case {"y": y}:
        print("matched y", y)
    case {"x": x}:
        print("matched x", x)

# Rest is a fresh dict
orig = {"a": 1, "b": 2}
match orig:
    case {"a": _, **rest}:
        rest["c"] = 3
        print(rest, orig)
