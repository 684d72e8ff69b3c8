# Star patterns in sequences, deep nesting, guards using bindings, dotted value patterns,
# OR-patterns binding the same names, and AS-patterns.
import enum

class Op(enum.Enum):
    ADD = "+"
    MUL = "*"

class Limits:
    MAX = 10
    class Inner:
        MIN = 0

def evaluate(expr):
    match expr:
        case int() | float():
            return expr
        case [Op.ADD, *args]:
            return sum(evaluate(a) for a in args)
        case [Op.MUL, first, *rest]:
            result = evaluate(first)
            for r in rest:
                result *= evaluate(r)
            return result
        case ["neg", x]:
            return -evaluate(x)
        case [op, *_]:
            raise ValueError(f"unknown op {op!r}")
print(evaluate([Op.ADD, 1, [Op.MUL, 2, 3, 4], ["neg", 5]]))
try:
    evaluate(["pow", 2, 3])
except ValueError as e:
    print(type(e).__name__, e)

def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [first, *middle, last] if first == last:
            return f"same ends {first} around {middle}"
        case [*init, Limits.MAX]:
            return f"ends at MAX after {init}"
        case [Limits.Inner.MIN, *rest]:
            return f"starts at MIN then {rest}"
        case [(a, b), *_, (c, d)] as whole:
            return f"pairs {a}{b}..{c}{d} len {len(whole)}"
        case [[[deep]]]:
            return f"deep {deep}"
        case [_, _, *rest] if len(rest) > 2:
            return f"long with {len(rest)} extra"
        case _:
            return "other"

for s in ([], [1], [2, 3, 2], [1, 2], [5, 10], [0, 9], [(1, 2), (3, 4)], [[["x"]]],
          [7, 8, 9, 1, 2, 3], (4, 5, 6), [1, 2, 3]):
    print(s, "->", shape(s))

# OR-patterns with bindings, and AS around alternatives.
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]:
            return f"taking {obj}"
        case ["drop", *objs] if objs:
            return f"dropping {', '.join(objs)}"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
for c in ("go north", "go up", "get lamp", "pick up key", "pick sword up", "drop a b", "drop",
          "quit", "exit", ""):
    print(repr(c), "->", command(c))

# Bindings made by a successful pattern stay bound after the match; failed guards
# still bind (names are assigned before the guard runs).
match (1, 2):
    case (a, b) if a > b:
        print("not taken")
    case _:
        print("a, b bound by failed guard:", a, b)
match [1, [2, [3, [4]]]]:
    case [w, [x, [y, [z]]]]:
        print(w + x + y + z)

# Value patterns compare with ==, literals None/True/False with `is`.
match 1.0:
    case 1:
        print("1.0 == 1 matches int literal")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")
match Op("+"):
    case Op.ADD:
        print("enum value pattern")
