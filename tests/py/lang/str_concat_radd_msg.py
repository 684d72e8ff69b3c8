# "x" + obj where obj.__radd__ returns NotImplemented: CPython falls back to str's
# sq_concat and says 'can only concatenate str (not "Money") to str' (vm/abstract.cpp).
class Money:
    def __radd__(self, other):
        return NotImplemented
try:
    "x" + Money()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + Money()
except TypeError as e:
    print(type(e).__name__, e)
