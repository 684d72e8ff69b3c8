# try/except/else/finally: which blocks run, and in what order.
def attempt(kind):
    print("attempt", kind)
    try:
        print("  try")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            return {}["missing"]
        if kind == "return":
            return "returned from try"
        print("  try done")
    except ValueError as e:
        print("  except ValueError:", e)
        return "handled"
    except (KeyError, IndexError) as e:
        print("  except lookup:", type(e).__name__, e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
    return "fell through"
for k in ("none", "value", "key", "return"):
    print("->", attempt(k))
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer caught")
    try:
        try:
            raise TypeError("t")
        except ValueError:
            print("wrong handler")
    except TypeError as e:
        print("outer got", e)
nested()
try:
    raise KeyError("k")
except LookupError as e:
    print("caught by base class", type(e).__name__, repr(e))
try:
    [].pop()
except Exception as e:
    print("generic", type(e).__name__, e)
try:
    int("x")
except:
    print("bare except")
def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        print("logging and reraising")
        raise
try:
    reraise()
except ValueError as e:
    print("reraised:", e)
e = "before"
try:
    raise RuntimeError("scoped")
except RuntimeError as e:
    print("in handler", e)
try:
    print(e)
except NameError:
    print("e is unbound after the handler")
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)
