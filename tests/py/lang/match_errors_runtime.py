# Runtime TypeErrors raised by class patterns, and ValueError for duplicate keys.
class C:
    pass

class BadArgs:
    __match_args__ = ["a"]

class NotStr:
    __match_args__ = (1,)

class Dup:
    __match_args__ = ("a",)
    a = 1

tests = [
    lambda: (C(),),
]

def run(subject, which):
    try:
        match subject:
            case C(1) if which == 0:
                pass
            case BadArgs(1) if which == 1:
                pass
            case NotStr(1) if which == 2:
                pass
            case Dup(1, a=2) if which == 3:
                pass
            case int(1, 2) if which == 4:
                pass
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

run(C(), 0)
run(BadArgs(), 1)
run(NotStr(), 2)
run(Dup(), 3)
run(5, 4)

not_a_class = 3
try:
    match 1:
        case not_a_class.real():
            pass
except TypeError as e:
    print("TypeError:", e)

# Duplicate value-pattern keys are found at runtime
class K:
    a = "x"
    b = "x"
try:
    match {"x": 1}:
        case {K.a: 1, K.b: 1}:
            pass
except ValueError as e:
    print("ValueError:", e)
