# Or-patterns, as-patterns, guards and binding behaviour.
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *objs] if objs:
            return f"dropping {', '.join(objs)}"
        case ["drop"]:
            return "drop what?"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_] if verb.isdigit():
            return "numbers are not verbs"
        case _:
            return f"unknown {cmd!r}"

for c in ["go north", "go up", "pick up lamp", "take sword", "drop a b c", "drop",
          "quit", "exit", "123 go", ""]:
    print(classify(c))

# guard sees the captured names; a failed guard moves on
for v in [(1, 2), (2, 1), (3, 3)]:
    match v:
        case (a, b) if a < b:
            print("ascending", a, b)
        case (a, b) if a > b:
            print("descending", a, b)
        case (a, b):
            print("equal", a, b)

# or-pattern binding in different orders
for v in [(1, "x"), ("x", 1)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# as at the top level
match [1, 2]:
    case [1, _] as whole:
        print("whole", whole)

# nested or-pattern inside sequence
match [3, 4]:
    case [(1 | 3), (2 | 4) as y]:
        print("nested or", y)

# guards with side effects run only when the pattern matched
calls = []
def g(x):
    calls.append(x)
    return False
match 5:
    case 4 if g(4):
        pass
    case 5 if g(5):
        pass
    case _:
        print("calls", calls)

# match inside a loop with break/continue
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("loop", i)
