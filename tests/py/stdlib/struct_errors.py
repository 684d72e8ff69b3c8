# struct: error messages (struct.error and the TypeErrors), as CPython 3.11.
import struct

def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print(struct.error, struct.error.__mro__)
for fmt in ('z', '2', 'i2', '<n', '>P', '=N', '99999999999999999999i', '2 i', 'q' * 0 + '!x'):
    t(struct.calcsize, fmt)
t(struct.calcsize, 5)
t(struct.Struct, 5)
t(struct.pack, 5)
t(struct.pack)
for fmt in ('@', '<', '>'):
    for code in 'bBhHiIlLqQ':
        for v in (2**70, -2**70, 2**40, -2**40, 70000, 256, -1):
            try:
                struct.pack(fmt + code, v)
            except struct.error as e:
                print(fmt + code, v, e)
t(struct.pack, 'P', 2**64)
t(struct.pack, 'P', -2**63 - 1)
t(struct.pack, 'i', 1.5)
t(struct.pack, 'i', '1')
t(struct.pack, 'i', None)
t(struct.pack, 'd', 'x')
t(struct.pack, 'f', 2**2000)
t(struct.pack, '<f', 1e300)
t(struct.pack, 'e', 1e300)
t(struct.pack, 'e', 65520.0)
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 'a')
t(struct.pack, 's', 'abc')
t(struct.pack, 'p', 5)
t(struct.pack, 'i')
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'ii', 1)
t(struct.unpack, 'i', b'123')
t(struct.unpack, 'ii', b'123456789')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack_from, 'i', b'12345', 3)
t(struct.unpack_from, 'i', b'12345', -10)
t(struct.unpack_from, 'i', b'12345', 10)
t(struct.unpack_from, 'i', b'12345', 2**70)
ba = bytearray(6)
for off in (3, -2, -10, 10):
    t(struct.pack_into, 'i', ba, off, 7)
t(struct.pack_into, 'i', b'1234', 0, 1)
t(struct.pack_into, 'i', ba, 'x', 1)
t(struct.pack_into, 'i', ba, 2**70, 1)
t(struct.pack_into)
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', ba)
t(struct.pack_into, 'i', ba, 0)
t(struct.pack_into, 'i', ba, 0, 1, 2)
print(ba)
t(lambda: list(struct.iter_unpack('i', b'12345')))
t(lambda: list(struct.iter_unpack('', b'12345')))
t(lambda: struct.iter_unpack('i', 5))
t(lambda: type(struct.iter_unpack('i', b''))())
t(lambda: struct.Struct('i').pack_into(bytearray(4)))
try:
    struct.pack('h', 99999)
except Exception as e:
    print(isinstance(e, struct.error), isinstance(e, Exception), type(e).__module__)
