import types, typing
from typing import TypeVar, List, Optional, Union
T = TypeVar("T")
a = list[int]
print(a, a.__origin__, a.__args__, a.__parameters__, type(a) is types.GenericAlias)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list["x"], list[None])
print(a([1, 2]), a == list[int], a != list[str], hash(a) == hash(list[int]))
print(list[T], list[T].__parameters__, list[T][int], dict[str, T][float])
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
try:
    dict[T, int][str, int]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
print(list[int].__doc__ == list.__doc__, list[int].__name__, list[int].append is list.append)
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([3]))
u = int | str
print(u, type(u) is types.UnionType, u.__args__, u.__parameters__)
print(int | None, None | int, int | str | None, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(int | int, list[int] | list[int], (int | list[T]).__parameters__, (int | list[T])[str])
print(isinstance(3, int | str), isinstance(3.5, int | str), issubclass(bool, int | None), isinstance(None, int | None))
try:
    isinstance("s", int | list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int | list[int]))
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
try:
    types.UnionType()
except TypeError as e:
    print("TypeError:", e)
try:
    class X(types.UnionType): pass
except TypeError as e:
    print("TypeError:", e)
print(typing.get_args(int | str), typing.get_origin(int | str), typing.get_args(list[int]), typing.get_origin(list[int]))
print(typing.get_args(dict[str, int]), typing.get_origin(typing.List[int]), typing.get_args(Optional[int]))
print(Optional[int] == (int | None), Union[int, str] == (int | str), (int | str) == Union[int, str])
print(int | List[int], List[list[int]], Union[int | str, float], List[list[T]][int])
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
g = types.GenericAlias(list, (int,))
print(g.__class__, g.__unpacked__, list[int].__mro_entries__((list[int],)))
print(repr(list[int]).startswith("list"), str(dict[str, int]))
def f(x: list[int], y: int | None = None) -> dict[str, int | None]: pass
print(f.__annotations__)
print(sorted(set(dir(list[int])) - set(dir(list)) - {"__reduce__"}))
print(*[x for x in tuple[int, str]])
