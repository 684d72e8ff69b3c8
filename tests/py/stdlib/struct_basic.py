# struct: every format code, byte orders, native alignment, Struct objects.
import struct

print(struct.calcsize('i'), struct.calcsize('bi'), struct.calcsize('=bi'), struct.calcsize('ib'))
print(struct.calcsize('@bq'), struct.calcsize('<bq'), struct.calcsize('i0q'), struct.calcsize('3x2s'))
print(struct.calcsize(' 2h 3i '), struct.calcsize('10s'), struct.calcsize('0s'), struct.calcsize(b'<Q'))

values = {
    'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535],
    'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1],
    'L': [0, 2**32 - 1], 'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1],
}
for order in '<>!=':
    for code, vs in values.items():
        for v in vs:
            packed = struct.pack(order + code, v)
            back = struct.unpack(order + code, packed)[0]
            assert back == v, (order, code, v, back)
        print(order + code, struct.calcsize(order + code), struct.pack(order + code, vs[-1]).hex())

for code in 'nNP':
    print(code, struct.calcsize(code), struct.unpack(code, struct.pack(code, 12345)))
print(struct.pack('@n', -1), struct.unpack('@N', b'\xff' * 8))

# floats and half floats
for fmt in ('<e', '>e', '<f', '>f', '<d', '>d'):
    for v in (0.0, -0.0, 1.5, -2.25, 65504.0, 1e-5, float('inf'), float('-inf')):
        r = struct.unpack(fmt, struct.pack(fmt, v))[0]
        print(fmt, v, struct.pack(fmt, v).hex(), r)
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\x7e'))
print(struct.pack('<e', 5.960464477539063e-08 / 2), struct.pack('<e', 0.1), struct.pack('<e', 65519.0))
print(struct.pack('f', 1e300), struct.pack('<f', 3.4028234663852886e38))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0])

# bool, char, strings, padding
print(struct.pack('???', 0, 5, []), struct.unpack('??', b'\x00\x02'))
print(struct.pack('c3s5p', b'x', b'abcdef', b'hi'), struct.pack('3x'), struct.pack('2s', b''))
print(struct.unpack('c3s5p', b'xabc\x02hi\x00\x00'))
print(struct.pack('<p', b''), struct.pack('300p', b'x' * 400)[:3], struct.unpack('3p', b'\x09ab'))
print(struct.pack('s', bytearray(b'qq')), struct.pack('0s', b'abc'), struct.unpack('0s', b''))

# __index__ and bool arguments
class Idx:
    def __index__(self):
        return 7
print(struct.pack('<i?B', Idx(), Idx(), True), struct.pack('<d', 3), struct.pack('<f', Idx()))

# repeat counts and mixed layouts
rec = struct.pack('<2h3sxq', 1, -2, b'abc', 2**40)
print(rec.hex(), struct.unpack('<2h3sxq', rec))
print(struct.pack('@bhiq', 1, 2, 3, 4).hex())
print(struct.unpack('>4B', b'\x01\x02\x03\x04'), struct.unpack('<I', b'\x01\x02\x03\x04'))

# Struct objects
s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'))
print(struct.Struct(b'>H').format, struct.Struct(format='=q').size, type(s).__name__)
print(s.unpack_from(b'xx\x05\x00\x06\x00\x00\x00', 2), s.unpack_from(b'\x05\x00\x06\x00\x00\x00yy'))
print(s.unpack_from(buffer=b'zz\x05\x00\x06\x00\x00\x00', offset=-6))
print(struct.unpack_from('<h', b'abcd', offset=2), struct.unpack('<h', bytearray(b'ab')))

ba = bytearray(12)
s.pack_into(ba, 0, 7, 8)
struct.pack_into('>H', ba, 8, 0xbeef)
struct.pack_into('<b', ba, -1, -1)
print(ba)

print(list(struct.iter_unpack('<hh', b'\x01\x00\x02\x00\x03\x00\x04\x00')))
it = s.iter_unpack(bytearray(b'\x01\x00\x02\x00\x00\x00' * 3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(it).__name__, iter(it) is it)

# round trip of a realistic header
HDR = struct.Struct('!4sHHI')
h = HDR.pack(b'TPAN', 1, 2, 123456)
print(h, HDR.unpack(h), HDR.size)
struct._clearcache()
print(struct.pack('<I', 1))
print(sorted(struct.__all__))

# Subclasses and re-initialization (CPython 3.11: __init__ parses the format)
class Header(struct.Struct):
    def __init__(self):
        super().__init__('<HI')

    def parse(self, data):
        return dict(zip(('kind', 'length'), self.unpack(data)))

hd = Header()
hd.note = 'attr'
print(hd.parse(hd.pack(3, 70000)), hd.size, hd.format, hd.note, isinstance(hd, struct.Struct))
s2 = struct.Struct('i')
s2.__init__('>h')
print(s2.size, s2.format, s2.pack(1))
print(repr(struct.Struct.__new__(struct.Struct).format))
