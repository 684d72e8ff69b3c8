# base64: b64/urlsafe/standard, b32/b32hex, b16, a85/b85, encodebytes and errors.
import base64
import binascii
import io

def t(f, *a, **k):
    try:
        print(f.__name__, f(*a, **k))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe']
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    eh = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    e85 = base64.b85encode(s)
    a85 = base64.a85encode(s)
    print(e64[:24], base64.urlsafe_b64encode(s)[:24], e32[:24], eh[:16], e16[:16], e85[:20], a85[:20])
    assert base64.b64decode(e64) == s and base64.standard_b64decode(base64.standard_b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(e32) == s and base64.b32hexdecode(eh) == s
    assert base64.b16decode(e16) == s and base64.b85decode(e85) == s and base64.a85decode(a85) == s
    assert base64.decodebytes(base64.encodebytes(s)) == s

print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.b64decode('Zm9vYmFy'), base64.b64decode(bytearray(b'Zm9v')), base64.b64decode(b'Zm9v\nYmFy'))
t(base64.b64decode, b'Zm9v\nYmFy', validate=True)
t(base64.b64decode, b'Zm9vYmF')
t(base64.b64decode, 'Zm9v\xe9')
t(base64.b64decode, 5)
t(base64.b64encode, 'text')
print(base64.urlsafe_b64decode('-_8='), base64.urlsafe_b64decode(b'-_8='))

print(base64.b32decode(b'mzxw6ytb', casefold=True), base64.b32decode(b'MZXW6YTB'))
print(base64.b32decode(b'ME======'), base64.b32decode(b'M1XW6===', map01=b'L'))
t(base64.b32decode, b'MZXW6YT')
t(base64.b32decode, b'MZXW6YT1')
t(base64.b32decode, b'MZXW6Y==')
t(base64.b32decode, b'mzxw6ytb')
t(base64.b32encode, 'text')

print(base64.b16decode(b'666f6f', casefold=True), base64.b16decode('666F6F'))
t(base64.b16decode, b'666f6f')
t(base64.b16decode, b'666F6')

print(base64.a85encode(b'\0\0\0\0 spaces    ', foldspaces=True), base64.a85encode(b'hello world', adobe=True))
print(base64.a85encode(bytes(range(40)), wrapcol=20, adobe=True))
print(base64.a85encode(b'abc', pad=True), base64.b85encode(b'abc', pad=True), base64.a85encode(b'\0\0'))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'z'), base64.a85decode(b'y+<VdL', foldspaces=True))
print(base64.a85decode(b'87cU RD]i\n,"Ebo80'))
t(base64.a85decode, b'<~abc', adobe=True)
t(base64.a85decode, b'ab z')
t(base64.a85decode, b'abc{')
t(base64.a85decode, b's8W-"')
t(base64.b85decode, b'|NsC0|')
t(base64.b85decode, b'ab"c')

print(base64.encodebytes(b'x' * 100))
print(base64.decodebytes(b'eHh4\neHh4\n'))
t(base64.encodebytes, 'text')
t(base64.decodebytes, 'text')
out = io.BytesIO()
base64.encode(io.BytesIO(b'data' * 30), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == b'data' * 30)
print(sorted(base64.__all__))
