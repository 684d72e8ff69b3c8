# zlib: Compress/Decompress objects (flush modes, copy, max_length, unconsumed_tail,
# unused_data, eof, zdict) and a large buffer that takes the detached path.
import zlib

data = b'hello world ' * 100

co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY)
out = co.compress(data) + co.flush()
print(len(out), zlib.decompress(out, -15) == data)
for f in (lambda: co.compress(b'x'), lambda: co.flush(), lambda: co.copy()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(co.flush(zlib.Z_NO_FLUSH))

co = zlib.compressobj()
a = co.compress(b'abc')
b = co.flush(zlib.Z_SYNC_FLUSH)
c2 = co.copy()
d = co.compress(b'def') + co.flush()
print(a, b, zlib.decompress(a + b + d))
print(zlib.decompress(a + b + c2.compress(b'xyz') + c2.flush()))
co = zlib.compressobj(level=1)
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush(zlib.Z_FULL_FLUSH))
parts.append(co.flush())
print(zlib.decompress(b''.join(parts)) == data)

c = zlib.compress(data)
do = zlib.decompressobj()
r = do.decompress(c, 10)
print(len(r), len(do.unconsumed_tail), do.unused_data, do.eof)
while do.unconsumed_tail:
    r += do.decompress(do.unconsumed_tail, 500)
print(len(r), do.eof, do.unused_data, r == data)
print(do.flush(), do.eof)

do = zlib.decompressobj()
print(do.decompress(c + b'tail') == data, do.unused_data, do.eof, do.unconsumed_tail)
print(do.decompress(b'more'), do.unused_data)

do = zlib.decompressobj()
first = do.decompress(c[:30])
dc = do.copy()
print(len(first), do.eof, len(do.decompress(c[30:])), len(dc.decompress(c[30:])), do.eof, dc.eof)

do = zlib.decompressobj()
part = do.decompress(c[:15])
print(len(part), len(do.flush()), do.eof)

do = zlib.decompressobj()
out = b''.join(do.decompress(c[i:i + 3]) for i in range(0, len(c), 3))
print(out == data, do.eof)

do = zlib.decompressobj()
part = do.decompress(c, 100)
print(len(part), len(do.flush(7)), do.eof)

for f in (lambda: zlib.decompressobj().decompress(b'xxxxxxx'),
          lambda: zlib.decompressobj().decompress(c, -1),
          lambda: zlib.decompressobj().flush(0),
          lambda: zlib.decompressobj(wbits=100),
          lambda: zlib.compressobj(level=20),
          lambda: zlib.compressobj(memLevel=20),
          lambda: zlib.compressobj(zdict=5),
          lambda: zlib.Compress()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

zd = zlib.compressobj(zdict=b'hello world')
zc = zd.compress(data) + zd.flush()
try:
    zlib.decompress(zc)
except zlib.error as e:
    print('error', e)
dd = zlib.decompressobj(zdict=b'hello world')
print(dd.decompress(zc) == data, len(zc) < len(c))

import copy
co = zlib.compressobj()
head = co.compress(b'abc')
cc = copy.copy(co)
print(zlib.decompress(head + cc.flush()), zlib.decompress(head + copy.deepcopy(co).flush()))

# Big enough (>= 64 KiB) to be compressed and decompressed detached.
big = bytes(range(256)) * 2000 + b'tail' * 10000
cb = zlib.compress(big)
print(len(big), zlib.decompress(cb) == big, zlib.crc32(big), zlib.adler32(big))
co = zlib.compressobj()
cb2 = co.compress(big) + co.flush()
do = zlib.decompressobj()
print(cb2 == cb, do.decompress(cb2) == big, do.eof)
do = zlib.decompressobj()
head = do.decompress(cb2, 100000)
print(len(head), len(do.unconsumed_tail) > 0, head + do.decompress(do.unconsumed_tail) == big)
