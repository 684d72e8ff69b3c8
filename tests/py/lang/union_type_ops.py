import types
u = int | str
print(u, repr(u), type(u).__name__, type(u).__module__, u.__module__, u.__args__)
print(int | None, None | int, type(None) | int, int | str | None | int, list[int] | None)
print((int | str) == (str | int), (int | str) != (int | float), (int | str) == int, hash(int | str) == hash(str | int))
print(int | int, str | str | str, type(int | int).__name__)
print((int | str) | (float | int), float | (int | str))
print(isinstance(1, int | str), isinstance(b"", int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(bytes, int | str))
try:
    issubclass(1, int | str)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], str | list[int])
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: int | "str", lambda: "str" | int, lambda: int | 3):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __or__(cls, other): return "custom or"
class M(metaclass=Meta): pass
print(M | int, int | M)
d = {int | str: "a"}
print(d[str | int])
try:
    types.UnionType()
except TypeError as e:
    print("TypeError:", e)
try:
    (int | str)[int]
except TypeError as e:
    print("TypeError:", e)
print((int | str).__parameters__, int | list[int] | list[int])
