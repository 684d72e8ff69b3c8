# type() of values, type(x).__name__, isinstance with tuples and subclasses.
values = [0, -1, 2 ** 100, 1.5, float("inf"), 1j, "", "s", b"", bytearray(), [], (), (1,), {}, set(), frozenset(),
          range(3), slice(1), None, True, False, Ellipsis, NotImplemented, len, print, int, type, object(), lambda: 0]
for v in values:
    print(type(v).__name__, end=",")
print()
print(type(1) is int, type(True) is bool, type(True) is int, isinstance(True, int), type(2 ** 100) is int)
print(isinstance(1, (int, float)), isinstance(1.0, (int, float)), isinstance("x", (int, float)), isinstance([], (list, tuple)))
class A:
    pass
class B(A):
    pass
b = B()
print(type(b).__name__, type(b) is B, type(b) is A, isinstance(b, A), isinstance(A(), B), type(A).__name__)
print(type(type(b)).__name__, type(B) is type, isinstance(B, type), isinstance(b, type), callable(B), callable(b))
print(int.__name__, str.__name__, list.__name__, B.__name__, type(b).__qualname__)
def f():
    class Local:
        pass
    return Local()
print(type(f()).__name__, type(f()).__qualname__)
numbers = [1, 2.0, 3j, True, "4", None]
print([type(n).__name__ for n in numbers], [isinstance(n, (int, float, complex)) for n in numbers])
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "sequence of %d" % len(x)
    if isinstance(x, dict):
        return "mapping"
    return "other " + type(x).__name__
print([describe(x) for x in (True, 5, [1, 2], (3,), {"a": 1}, "s", 1.5)])
print(type("abc") == str, type(3.0) != float, str(type(1)), str(type("")), repr(type([])), str(B).endswith("B'>"))
