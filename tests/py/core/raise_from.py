# raise ... from ..., implicit chaining, __cause__/__context__.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config: " + text) from e
try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("replacement") from None
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
err = RuntimeError("explicit")
try:
    raise err from KeyError("why")
except RuntimeError as e:
    print(e is err, repr(e.__cause__))
def layers(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        layers(n - 1)
    except Exception as e:
        raise RuntimeError("layer %d" % n) from e
try:
    layers(3)
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(str(cur))
        cur = cur.__cause__
    print(" <- ".join(chain))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise IndexError("i", 2)
except IndexError as e:
    print(e, e.args)
