# Literal, singleton, value and capture patterns.
import math

class Color:
    RED = 1
    GREEN = 2

def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes"
        case True:
            return "true"
        case False:
            return "false"
        case None:
            return "none"
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case math.pi:
            return "pi"
        case other:
            return f"other {other!r}"

for v in [0, -1, 1.5, 2 + 3j, "hello", "hi", b"bytes", True, False, None, 1, 2,
          math.pi, 0.0, "x", [1]]:
    print(repr(v), "->", describe(v))

# 1 == True but the True pattern uses identity.
match 1:
    case True:
        print("wrong")
    case 1:
        print("int one")

# capture binds even at module level
match (1, 2):
    case whole:
        print("whole", whole)
print(whole)

# wildcard with guard then default
for n in range(4):
    match n:
        case _ if n % 2:
            print(n, "odd")
        case _:
            print(n, "even")
