# hmac over hashlib: new/HMAC, update/copy/digest/hexdigest, digest(), compare_digest.
import hashlib
import hmac

print(hmac.new(b'key', b'msg', 'sha256').hexdigest())
print(hmac.new(b'key', b'msg', hashlib.md5).hexdigest())
print(hmac.new(b'key', b'msg', digestmod=hashlib.sha1).digest().hex())
print(hmac.digest(b'key', b'msg', 'sha1').hex(), hmac.digest(b'key', b'msg', 'sha512').hex()[:32])
print(hmac.new(b'k' * 200, b'long key', 'sha256').hexdigest())
print(hmac.new(bytearray(b'key'), bytearray(b'msg'), 'sha384').hexdigest()[:32])
print(hmac.new(b'key', b'msg', 'blake2b').hexdigest()[:32])
print(hmac.new(b'key', b'msg', 'sha3_256').hexdigest())

m = hmac.new(b'k', digestmod='sha256')
m.update(b'a')
m2 = m.copy()
m2.update(b'b')
print(m.hexdigest(), m2.hexdigest(), m.name, m.digest_size, m.block_size)
print(m2.hexdigest() == hmac.new(b'k', b'ab', 'sha256').hexdigest())
print(m.digest() == m.digest(), type(m).__name__, isinstance(m, hmac.HMAC))

# RFC 4231 test case 2
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha256').hexdigest())

print(hmac.compare_digest(b'a', b'a'), hmac.compare_digest(b'a', b'b'), hmac.compare_digest(b'ab', b'a'))
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(bytearray(b'x'), b'x'))
print(hmac.compare_digest(b'', b''), hmac.compare_digest(hmac.digest(b'k', b'm', 'md5'), hmac.digest(b'k', b'm', 'md5')))

def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

t(hmac.new, b'key')
t(hmac.new, 'key', b'x', 'sha1')
t(hmac.new, b'key', 'text', 'sha1')
t(hmac.new, b'key', b'x', 'nope')
t(hmac.compare_digest, 'a', b'a')
t(hmac.compare_digest, '\xe9', '\xe9')
t(hmac.compare_digest, 1, 2)
