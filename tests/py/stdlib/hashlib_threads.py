# Hashing, compressing and struct packing from several threads at once: a hash object
# shared by all threads (updates serialize on its lock), private objects per thread,
# zlib on big buffers (run detached) and the struct format cache under churn.
import hashlib
import struct
import threading
import zlib

N = 8
chunk = b'0123456789abcdef' * 8
shared = hashlib.sha256()
shared_b2 = hashlib.blake2b(digest_size=32)
results = [None] * N
errors = []
big = bytes(range(256)) * 600  # 150 KiB: compressed detached


def work(i):
    try:
        for _ in range(200):
            shared.update(chunk)
            shared_b2.update(chunk)
        own = hashlib.new(['md5', 'sha1', 'sha512', 'sha3_256'][i % 4])
        for k in range(300):
            own.update(bytes([k % 256]) * (k % 17))
        data = big + bytes([i]) * 1000
        comp = zlib.compress(data, 6)
        co = zlib.compressobj(1)
        stream = co.compress(data) + co.flush()
        ok = zlib.decompress(comp) == data and zlib.decompressobj().decompress(stream) == data
        packed = []
        for k in range(150):
            fmt = '<%dH' % (k % 120 + 1)  # more formats than the cache holds
            vals = tuple(range(k % 120 + 1))
            packed.append(struct.unpack(fmt, struct.pack(fmt, *vals)) == vals)
        results[i] = (own.hexdigest(), zlib.crc32(data), ok, all(packed))
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print('errors', errors)
whole = chunk * 200 * N
print(shared.hexdigest() == hashlib.sha256(whole).hexdigest())
print(shared_b2.hexdigest() == hashlib.blake2b(whole, digest_size=32).hexdigest())
for i, r in enumerate(results):
    expect = hashlib.new(['md5', 'sha1', 'sha512', 'sha3_256'][i % 4])
    for k in range(300):
        expect.update(bytes([k % 256]) * (k % 17))
    print(i, r[0] == expect.hexdigest(), r[1] == zlib.crc32(big + bytes([i]) * 1000), r[2], r[3])

# One decompressor fed by one thread at a time, handing over through a lock.
comp = zlib.compress(big * 3)
do = zlib.decompressobj()
lock = threading.Lock()
pieces = [comp[i:i + 4096] for i in range(0, len(comp), 4096)]
out = []
pos = [0]


def feed():
    while True:
        with lock:
            if pos[0] >= len(pieces):
                return
            out.append(do.decompress(pieces[pos[0]]))
            pos[0] += 1


ts = [threading.Thread(target=feed) for _ in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(b''.join(out) == big * 3, do.eof)

# Threads sharing one Compress object without a lock of their own: calls serialize on
# the object (big chunks run detached), so the stream stays valid whatever the order.
co = zlib.compressobj()
outs = []
chunk = b'abc' * 30000  # 90 KB


def squeeze():
    for _ in range(5):
        outs.append(len(co.compress(chunk)) >= 0)


ts = [threading.Thread(target=squeeze) for _ in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
tail = co.flush()
print(len(outs), all(outs), isinstance(tail, bytes))
