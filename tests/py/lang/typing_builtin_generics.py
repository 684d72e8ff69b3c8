import typing
from typing import List, Dict, Optional, Union, TypeVar, get_args, get_origin
T = TypeVar("T")
K = TypeVar("K")
for tp in [list[int], dict[str, list[int]], int | str, int | None, List[int], Optional[int],
           Union[int, str], tuple[int, ...], list, int]:
    print(tp, get_origin(tp), get_args(tp))
print(Optional[int] == (int | None), Union[int, str] == (int | str), (int | None) == Optional[int])
print(Union[int | str, float], Union[list[int], None], Optional[list[int]])
print(int | List[int], List[int] | None, T | int, int | T)
print(List[list[T]], List[list[T]][int], List[list[T]].__parameters__)
print(dict[K, list[T]], dict[K, list[T]].__parameters__, dict[K, list[T]][str, int])
print(list[T] == list[T], list[T][int] == list[int])
def f(a: list[int], b: int | None = None, *c: dict[str, T]) -> Optional[list[str]]:
    pass
print(typing.get_type_hints(f))
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, Box[list[int]])
