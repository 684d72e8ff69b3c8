# The error for a bad __qualname__ names the class by its current __name__ in CPython
# ("can only assign string to Outer2.__qualname__"); taipan uses the original name.
class Outer:
    pass
Outer.__name__ = "Outer2"
try:
    Outer.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
