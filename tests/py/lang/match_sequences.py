# Sequence patterns: fixed length, star, nested, and what counts as a sequence.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first} {middle} {last}"
        case [1, *_]:
            return "starts with 1"
        case [*_, 9]:
            return "ends with 9"
        case [_, _, *rest]:
            return f"rest {rest}"
        case _:
            return "not a sequence"

for v in [[], [5], (6,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5, 6], [2, 3, 9], [2, 3, 4],
          range(3), "ab", b"ab", bytearray(b"ab"), {1: 2}, 42]:
    print(repr(v), "->", seq(v))

match [1, [2, [3, 4]], (5,)]:
    case [a, [b, [c, d]], (e,)]:
        print(a, b, c, d, e)

match (1, 2, 3):
    case (x, *ys):
        print(x, ys, type(ys).__name__)

class MyList(list):
    pass

match MyList([1, 2]):
    case [a, b]:
        print("subclass", a, b)

match [1, 2, 3, 4]:
    case [*_, a, b]:
        print("last two", a, b)
    case _:
        print("no")

match (1, 2):
    case [1, 2] | [2, 1]:
        print("pair match")

# A str is never a sequence for match
match "abc":
    case [*chars]:
        print("chars", chars)
    case str(s):
        print("string", s)
