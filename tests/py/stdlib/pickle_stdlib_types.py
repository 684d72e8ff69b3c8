# pickle of stdlib types: enums, dataclasses, namedtuples, collections, partial (bytes as CPython's).
import pickle, enum, dataclasses, collections, functools
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Flag(enum.IntFlag):
    A = 1
    B = 2
@dataclasses.dataclass
class DC:
    x: int
    y: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int
NT = collections.namedtuple('NT', 'a b')
def add(a, b): return a + b
vals = [Color.RED, Flag.A | Flag.B, DC(1, [2]), Frozen(3), NT(1, 2), collections.OrderedDict(a=1),
        collections.defaultdict(list, {'k': [1]}), collections.Counter('aab'), functools.partial(add, 1),
        collections.deque([1, 2], maxlen=5), {Color.GREEN: NT(3, 4)}]
for v in vals:
    for proto in (2, 4):
        try:
            d = pickle.dumps(v, proto)
        except Exception as e:
            print(type(v).__name__, proto, type(e).__name__, e); continue
        r = pickle.loads(d)
        same = r == v if not isinstance(v, functools.partial) else r(2) == 3
        print(type(v).__name__, proto, same, d if type(v).__name__ in ('Color', 'DC', 'NT', 'Frozen', 'Flag') else '')
