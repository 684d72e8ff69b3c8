# hashlib: every guaranteed algorithm, hash object API, blake2 parameters, shake,
# pbkdf2_hmac, file_digest and the error messages.
import hashlib
import io

def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

for n in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(n, b'abc')
    ctor = getattr(hashlib, n)
    if n.startswith('shake'):
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest(20), ctor(b'abc').digest(4))
    else:
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), ctor(b'abc').digest() == h.digest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

h = hashlib.sha256()
h.update(b'a')
c = h.copy()
c.update(b'b')
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b'ab').hexdigest() == c.hexdigest())
print(h.digest() == h.digest(), len(h.digest()))
m = hashlib.md5()
for chunk in (b'The quick ', bytearray(b'brown fox '), b'jumps over the lazy dog'):
    m.update(chunk)
print(m.hexdigest(), hashlib.md5(b'The quick brown fox jumps over the lazy dog').hexdigest())
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.sha1(string=b'y').hexdigest())
print(hashlib.new('SHA256', b'a').name, hashlib.new('sha512_256', b'a').hexdigest()[:16])
print(hashlib.sha512(b'a' * 1000).hexdigest()[:32], hashlib.sha3_256(b'').hexdigest())
big = bytes(range(256)) * 4096
print(hashlib.sha1(big).hexdigest(), hashlib.blake2b(big).hexdigest()[:32], hashlib.blake2s(big).hexdigest()[:32])
print(type(h).__name__, type(hashlib.shake_128()).__name__, repr(h).startswith('<sha256 _hashlib.HASH object @ 0x'))

# blake2
for ds in (1, 16, 32, 64):
    print('b', ds, hashlib.blake2b(b'abc', digest_size=ds).hexdigest())
for ds in (1, 8, 32):
    print('s', ds, hashlib.blake2s(b'abc', digest_size=ds).hexdigest())
print(hashlib.blake2b(b'abc', key=b'secret').hexdigest())
print(hashlib.blake2s(b'abc', key=b'k' * 32, digest_size=16).hexdigest())
print(hashlib.blake2b(b'abc', salt=b'salty', person=b'me').hexdigest())
print(hashlib.blake2s(b'abc', salt=b'12345678', person=b'abcdefgh').hexdigest())
print(hashlib.blake2b(key=b'k').hexdigest()[:32], hashlib.blake2b().hexdigest()[:32])
b = hashlib.blake2b(digest_size=20)
for i in range(300):
    b.update(bytes([i % 256]) * i)
b2 = b.copy()
b2.update(b'more')
print(b.hexdigest(), b2.hexdigest(), b.name, b.digest_size, b.block_size)
print(hashlib.new('blake2s', b'x', digest_size=4).hexdigest(), hashlib.blake2s().block_size)
t(hashlib.blake2b, digest_size=100)
t(hashlib.blake2b, digest_size=0)
t(hashlib.blake2s, digest_size=33)
t(hashlib.blake2b, key=b'k' * 65)
t(hashlib.blake2s, salt=b's' * 9)
t(hashlib.blake2b, person=b'p' * 17)

# shake
s = hashlib.shake_128(b'abc')
print(s.digest(5), s.hexdigest(0), s.name, s.digest_size, s.copy().hexdigest(8))
t(s.digest)

# pbkdf2_hmac
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 10, dklen=10).hex())
print(hashlib.pbkdf2_hmac('sha512', bytearray(b'pw'), b'', 1, 100).hex()[:40])
t(hashlib.pbkdf2_hmac, 'sha1', b'pw', b'salt', 0)
t(hashlib.pbkdf2_hmac, 'sha1', b'pw', b'salt', 1, dklen=0)

# file_digest
print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc' * 100000), hashlib.md5).hexdigest())

# errors
for bad in ('str', 5, None):
    t(hashlib.sha256, bad)
t(hashlib.sha256().update, 's')
t(hashlib.sha256().update, 5)
t(hashlib.new, 'nope')
t(hashlib.new, 5)
t(hashlib.new, 'md5', 'text')
