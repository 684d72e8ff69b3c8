# f(**{1: 2}) says "keywords must be strings" in CPython 3.11 (no function name);
# taipan's DICT_MERGE (vm/interp.cpp) prefixes "__main__.f()".
def f(*a, **k):
    pass
for src in ("f(**{1: 2})", "f(x=1, **{1: 2})"):
    try:
        eval(src)
    except TypeError as e:
        print(type(e).__name__, e)
