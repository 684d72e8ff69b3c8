# hashlib.scrypt (RFC 7914) on OpenSSL, with CPython's argument checks and messages.
import hashlib

print(hashlib.scrypt(b'', salt=b'', n=16, r=1, p=1).hex())
print(hashlib.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16).hex())
print(hashlib.scrypt(b'pw', salt=b'salt', n=16, r=8, p=1, dklen=16).hex())
print(hashlib.scrypt(bytearray(b'pw'), salt=memoryview(b'salt'), n=32, r=2, p=2, dklen=8).hex())
print(len(hashlib.scrypt(b'pw', salt=b's', n=2, r=1, p=1, dklen=100)))

cases = [
    dict(n=16, r=8, p=1),
    dict(salt=b's', r=8, p=1),
    dict(salt=b's', n=16, p=1),
    dict(salt=b's', n=16, r=8),
    dict(salt=b's', n=15, r=8, p=1),
    dict(salt=b's', n=1, r=8, p=1),
    dict(salt=b's', n=-4, r=8, p=1),
    dict(salt=b's', n=16, r=-1, p=1),
    dict(salt=b's', n=16, r=8, p=1, maxmem=-1),
    dict(salt=b's', n=16, r=8, p=1, maxmem=2 ** 31),
    dict(salt=b's', n=16, r=8, p=1, dklen=0),
    dict(salt=b's', n=16, r=0, p=1),
    dict(salt=b's', n=2 ** 20, r=8, p=1),
    dict(salt='s', n=16, r=8, p=1),
    dict(salt=b's', n=16.0, r=8, p=1),
    dict(salt=b's', n=16, r=8, p='1'),
    dict(salt=b's', n=16, r=8, p=1, foo=1),
]
for kw in cases:
    try:
        print(hashlib.scrypt(b'pw', **kw).hex()[:16])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in (('pw',), (b'pw', b'salt')):
    try:
        hashlib.scrypt(*args, salt=b's', n=16, r=8, p=1)
    except TypeError as e:
        print(type(e).__name__, e)
