def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or e.__context__
    print(" <- ".join(chain))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    show(e)
    print(e.__cause__ is e.__context__, e.__suppress_context__)
try:
    try:
        raise TypeError("first")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    show(e)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise OSError("in exit")
try:
    with CM():
        raise IndexError("in body")
except OSError as e:
    show(e)
try:
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise KeyError("three")
except KeyError as e:
    show(e)
try:
    raise ValueError("x") from TypeError("cause")
except ValueError as e:
    show(e)
    print(e.__context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise v
except ValueError as e:
    print(e.__context__)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError()
e.__cause__ = KeyError("set")
print(e.__suppress_context__, repr(e.__cause__))
