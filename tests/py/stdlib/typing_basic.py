from typing import *
import typing
T = TypeVar('T')
K = TypeVar('K', bound=int)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Union[int], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(Literal[1, 'a'], ClassVar[int], Final[str], Any, Iterable[T], Set[T], T, K, Type[int], Annotated[int, 'meta'], Optional[List[T]])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Union[int, str]), typing.TYPE_CHECKING)
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](3)
print(b.get(), Box.__parameters__, Box[str], Box.__mro__)
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = P(3, 4.0)
print(p, p.x, p[1], p.norm(), p._asdict(), p._replace(x=1), P._fields, P(1), isinstance(p, tuple), P._field_defaults, P.__annotations__)
x, y = p
print(x, y, p == (3, 4.0))
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'z'))
try: P()
except TypeError as e: print(e)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Movie.__annotations__)
class M2(TypedDict, total=False):
    rating: float
print(M2.__optional_keys__, M2(rating=1.0))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
def f(a: int, b: 'str' = 'x') -> Optional[int]: return a
print(get_type_hints(f), cast(int, 'x'), cast('List[int]', 1))
class C:
    a: int
    b: 'List[str]'
    c: ClassVar[int] = 3
print(get_type_hints(C))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3))
@final
class Z: pass
UserId = NewType('UserId', int)
print(UserId(5), UserId)
def h(x: Iterator[int], y: Generator[int, None, None], z: Sequence[int], w: Mapping[str, int]) -> None: pass
print(AnyStr, SupportsInt, Text)
try: Union[()]
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
