# return inside an except* clause is a compile-time error.
print("never printed")


def f():
    try:
        pass
    except* ValueError:
        return 1
