import pprint, collections, dataclasses, types
data = {'name': 'taipan', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'c': {'d': {'e': 'f' * 30}}}, 'tuple1': (1,), 'empty': [], 's': {3, 1, 2}, 'fs': frozenset({'x'}), 1: None}
data['text'] = 'The quick brown fox jumps over the lazy dog. ' * 4
data['bytes'] = bytes(range(40))
data['ba'] = bytearray(b'hello world, this is a bytearray of decent length!!')
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat([10**6], underscore_numbers=True))
r = [1, 2]; r.append(r)
print(pprint.saferepr(r).split(' with id')[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = 'a point with a rather long label here'
pprint.pprint([Point(1, list(range(12))), Point(2, [])], width=50)
pprint.pprint(collections.OrderedDict((str(i), i * 'x') for i in range(8)))
pprint.pprint(collections.defaultdict(list, {i: [i] * 10 for i in range(4)}))
pprint.pprint(collections.Counter('abracadabra' * 20), width=20)
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.deque(range(40)))
pprint.pprint(types.SimpleNamespace(a=list(range(20)), b='x' * 60))
pprint.pprint(collections.ChainMap({'a': 'x' * 40}, {'b': 'y' * 40}))
pprint.pprint(types.MappingProxyType({'k%d' % i: i for i in range(12)}))
pprint.pprint('a' * 200)
pprint.pprint(['one line\nanother line ' * 5])
pprint.pprint({'mixed': {1: 'a', 'b': 2, (1,): 3, None: 4}})
pprint.pprint({3, 'a', 2.5, (1, 2)} , width=10)
pp = pprint.PrettyPrinter(indent=2, width=30, sort_dicts=False)
pp.pprint({'z': 1, 'a': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]})
print(pp.isreadable({'a': 1}), pp.isrecursive({}))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
class D(dict): pass
pprint.pprint(D({i: 'v' * 10 for i in range(8)}))
print(pprint.pformat((1, [2, (3, {4: 5})]), depth=2))
