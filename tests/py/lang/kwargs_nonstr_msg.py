# f(**{1: 2}) says "keywords must be strings" (no function name, as CPython 3.11).
def f(*a, **k):
    pass
for src in ("f(**{1: 2})", "f(x=1, **{1: 2})", "print(**{1: 2})", "f(**{'a': 1}, **{1: 2})",
            "f(a=1, **{'a': 2})"):
    try:
        eval(src)
    except TypeError as e:
        print(type(e).__name__, e)
