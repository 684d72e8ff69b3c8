# array.array: construction, sequence protocol, methods, pickling support.
from array import array, typecodes, ArrayType
import copy, pickle

print(typecodes, ArrayType is array, array.__name__, array.__module__)
for tc in typecodes:
    a = array(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a))
a = array('i', [3, 1, 4, 1, 5])
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], list(a), a.tolist())
print(3 in a, 9 in a, a.count(1), a.index(1), a.index(1, 2), a.index(5, -1))
a.append(9); a.insert(0, 2); a.insert(100, 6); a.insert(-100, 0); print(a)
a.extend([7, 8]); a.extend(array('i', [10])); a.extend(x * 2 for x in range(2)); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
a.reverse(); print(a)
a[0] = -5; a[-1] = 100; print(a)
a[1:3] = array('i', [20, 21, 22]); print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a)
del a[0]; del a[-2:]; del a[::3]; print(a)
a[len(a):] = array('i', [1, 2]); print(a)
print(a + array('i', [5]), a * 2, 2 * array('b', [1]), array('d') * 3)
b = array('h', [1, 2]); b += array('h', [3]); b *= 2; print(b)
b *= 0; print(b, len(b))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]),
      array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) < array('i', [1, 0]),
      array('i', [2]) >= array('i', [1, 9]), array('B', [1]) != array('B', [1]))
print(sorted(array('d', [2.5, -1.0, 0.0])), max(array('b', [-3, 4])), sum(array('Q', [2**63, 2**63 - 1])))
print(list(reversed(array('i', [1, 2, 3]))), [x for x in array('f', [0.5, 0.25])], iter(array('i')).__class__.__name__)
# byte-level methods
c = array('H', [1, 256])
print(c.tobytes(), c.buffer_info()[1], end=' ')
c.byteswap(); print(c)
c.frombytes(b'\x02\x00'); c.fromlist([7, 8]); print(c)
print(array('i', b'\x01\x00\x00\x00\xff\xff\xff\xff'), array('d', bytearray(8)), array('b', memoryview(b'\x01\x02')))
u = array('u', 'hé€😀')
print(u, len(u), u[1], u.tounicode(), u.itemsize, u.tobytes()[:8])
u.fromunicode('!'); u.append('?'); u.extend('ab'); print(u, u.index('€'))
print(array('i', array('i', [1, 2])), array('d', array('b', [1, -1])), array('l', range(3)), array('i', (4, 5)))
# extreme values round-trip
for tc, lo, hi in [('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767), ('H', 0, 65535),
                   ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('l', -2**63, 2**63 - 1),
                   ('L', 0, 2**64 - 1), ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]:
    x = array(tc, [lo, hi])
    print(tc, x, x.tolist() == [lo, hi], len(x.tobytes()))
print(array('f', [0.1, 1e40, -0.0]), array('d', [0.1, float('inf')]), array('d', [True, 2]))
# copy and pickle
x = array('i', [1, 2, 3])
y = copy.copy(x); z = copy.deepcopy(x); y[0] = 9
print(x, y, z, x.__copy__() == x)
print(x.__reduce_ex__(2), x.__reduce_ex__(3)[1:])
for proto in range(6):
    d = pickle.dumps(array('d', [1.5, -2.0]), proto)
    print(proto, d, pickle.loads(d))
print(pickle.loads(pickle.dumps(array('u', 'xy'))), pickle.loads(pickle.dumps(array('Q', [2**64 - 1]))))
class Sub(array):
    pass
s = Sub('i', [1, 2])
s.note = 'n'
print(s, type(s[:1]).__name__, type(s + s).__name__, s.__reduce_ex__(4)[2])
r = pickle.loads(pickle.dumps(s))
print(type(r).__name__, r, r.note)
print(array('i', [5, 6]).__sizeof__() > 0, array('B', [1]).__class__)
