import pprint
data = [('single long tuple element that is long enough to wrap around the width',), {'k' * 30: 'v' * 30, 'x': [b'\x00\x01' * 30]}, [[], {}, (), set(), frozenset()], 'short', 'a much longer string value that will have to be split into several chunks at whitespace boundaries ' * 2]
for w in (20, 40, 80):
    pprint.pprint(data, width=w)
pprint.pprint(data, indent=0, width=30)
pprint.pprint(data, indent=3, width=50, compact=True)
pprint.pprint(data, depth=1)
pprint.pprint({'nested': {'deeper': {'deepest': list(range(30))}}}, depth=3, width=30)
pprint.pprint(b'bytes ' * 20)
pprint.pprint(bytearray(b'abc' * 40), width=40)
pprint.pprint('no spaces' * 20, width=30)
pprint.pprint(['x' * 100])
pprint.pprint(list(range(50)), width=1)
print(pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False), pprint.saferepr({'b': [1], 'a': (2,)}))
pprint.pprint({(1, 'a'): 1, (0, 'b'): 2, 'str': 3, 2.5: 4}, width=20)
class R:
    def __repr__(self): return '<R object>'
print(pprint.isreadable(R()), pprint.isreadable([1.5, None, True, 'x', b'y']))
