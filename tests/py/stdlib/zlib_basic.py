# zlib: one-shot compress/decompress, checksums, constants and error messages.
import zlib

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, r if not isinstance(r, bytes) or len(r) < 50 else (len(r), r[:16]))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

data = b'hello world ' * 100
c = zlib.compress(data)
print(len(c), c[:12], zlib.decompress(c) == data)
for lvl in (-1, 0, 1, 6, 9):
    out = zlib.compress(data, lvl)
    print(lvl, len(out), zlib.decompress(out) == data)
print(zlib.compress(b''), zlib.decompress(zlib.compress(b'')))
print(zlib.compress(data, level=5)[:2], zlib.compress(bytearray(b'abc')))
raw = zlib.compress(data, 6, wbits=-15)
gz = zlib.compress(data, 6, 31)
print(raw[:8], gz[:10], len(raw), len(gz))
print(zlib.decompress(raw, -15) == data, zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)
print(zlib.decompress(c, 47) == data, zlib.decompress(c, bufsize=1) == data, zlib.decompress(c + b'junk') == data)
print(zlib.decompress(zlib.compress(data, wbits=9), wbits=9) == data)
t(zlib.compress, data, 10)
t(zlib.compress, data, 6, 7)
t(zlib.compress, 'text')
t(zlib.decompress, b'garbage')
t(zlib.decompress, c[:20])
t(zlib.decompress, c[:-1])
t(zlib.decompress, c, -15)
t(zlib.decompress, c, bufsize=-1)
t(zlib.decompress, b'')
t(zlib.decompress, 'str')
t(zlib.decompress, c, 100)

print(zlib.crc32(b'hello'), zlib.crc32(b'hello', 1), zlib.crc32(b''), zlib.crc32(b'hello', -1))
print(zlib.adler32(b'hello'), zlib.adler32(b'hello', 7), zlib.adler32(b''), zlib.adler32(b'hello', 2**40 + 3))
print(zlib.crc32(b' world', zlib.crc32(b'hello')) == zlib.crc32(b'hello world'))
print(zlib.crc32(bytearray(data)), zlib.adler32(data * 50))

for n in ['MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE', 'Z_BEST_COMPRESSION',
          'Z_BEST_SPEED', 'Z_DEFAULT_COMPRESSION', 'Z_NO_COMPRESSION', 'Z_DEFAULT_STRATEGY',
          'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED', 'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH',
          'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK', 'Z_TREES']:
    print(n, getattr(zlib, n))
print(zlib.error, zlib.error.__mro__)
print(type(zlib.ZLIB_VERSION), zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
print(type(zlib.compressobj()), type(zlib.decompressobj()))
