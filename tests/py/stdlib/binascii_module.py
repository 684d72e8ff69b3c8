# binascii: hex, base64, uuencode, crc32/crc_hqx and their error messages.
import binascii

def t(f, *a, **k):
    try:
        print(f.__name__, f(*a, **k))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(issubclass(binascii.Error, ValueError))

data = bytes(range(256))
hx = binascii.hexlify(data)
print(hx[:40], binascii.unhexlify(hx) == data, binascii.b2a_hex(b'\xff\x00'), binascii.a2b_hex('0aFF'))
t(binascii.hexlify, b'\x01\x02\x03\x04\x05', '-', 2)
t(binascii.hexlify, b'\x01\x02\x03\x04\x05', b':', -2)
t(binascii.hexlify, b'\x01\x02\x03\x04\x05', ':', 0)
t(binascii.hexlify, b'\x01\x02\x03\x04\x05', ' ', 1)
t(binascii.hexlify, b'\x01\x02\x03\x04\x05', sep='|', bytes_per_sep=3)
t(binascii.hexlify, b'\x01\x02\x03', '--')
t(binascii.hexlify, b'', '-')
t(binascii.hexlify, bytearray(b'\xab\xcd'))
t(binascii.hexlify, 'ab')
for d in ('0aFF', b'0a0', b'zz', b'0g', '\xe9\xe9', 5, bytearray(b'ab'), b''):
    t(binascii.unhexlify, d)

for d in (b'', b'a', b'ab', b'abc', b'abcd', data):
    enc = binascii.b2a_base64(d)
    print(enc[:30], binascii.b2a_base64(d, newline=False)[-4:], binascii.a2b_base64(enc) == d)
for d in (b'abc', b'YWJj', b'YWJ', b'YW', b'Y', b'YWJjZA==', b'YWJjZA=', b'YWJjZA', b'=YWJj',
          b'YW=Jj', b'YWJjZA==x', b'YW\nJj', b'YWJ*jZA==', b'YWJjZ===', 'YWJj', 'YWJ\xe9',
          b'YWJjZ', b'YWJjZA==YQ==', b'', b'YQ=', b'Y===', b'====', bytearray(b'YWI=')):
    t(binascii.a2b_base64, d)
    t(binascii.a2b_base64, d, strict_mode=True)
t(binascii.a2b_base64, 5)

print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 12345), binascii.crc32(b'hello', -1))
print(binascii.crc32(b'hello', 2**40), binascii.crc32(b''), binascii.crc32(b' world', binascii.crc32(b'hello')))
print(binascii.crc32(b'hello world'), binascii.crc32(data * 10))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff), binascii.crc_hqx(b'hello', -1))
print(binascii.crc_hqx(b'', 7), binascii.crc_hqx(data, 0x1234))
t(binascii.crc32, 'str')
t(binascii.crc32, b'x', 1.5)

t(binascii.b2a_uu, b'hello world')
t(binascii.b2a_uu, b'')
t(binascii.b2a_uu, b'\x00\x00\x00', backtick=True)
t(binascii.b2a_uu, b'', backtick=True)
t(binascii.b2a_uu, b'x' * 45)
t(binascii.b2a_uu, b'x' * 46)
for d in (b'+:&5L;&\\@=V]R;&0 \n', b'', b'\n', b' \n', b'!', b'#86)C\n', b'#86)C   \n',
          b'#86)Cxx\n', b'#86)\x01\n', b'!P``\n', b'$86)C', '#86)C\n'):
    t(binascii.a2b_uu, d)
for chunk in (b'', b'a', b'ab', b'abc', data[:45]):
    assert binascii.a2b_uu(binascii.b2a_uu(chunk)) == chunk

# quoted-printable
text = b'hello = world\t\nline two .\n.\r\n' + b'x' * 100 + b'\n\xe9t\xe9 caf\xc3\xa9  \n'
for qt in (False, True):
    for istext in (False, True):
        for header in (False, True):
            enc = binascii.b2a_qp(text, qt, istext, header)
            print(qt, istext, header, enc[:60], len(enc), binascii.a2b_qp(enc, header) == text)
print(binascii.b2a_qp(b'a b_c', header=True), binascii.b2a_qp(b'end with space '), binascii.b2a_qp(b'.'))
print(binascii.b2a_qp(b'crlf\r\nline\nmixed\n'), binascii.b2a_qp(bytearray(b'tab\there'), quotetabs=True))
print(binascii.a2b_qp(b'a_b=3D=\n=41=4='), binascii.a2b_qp(b'a_b=3D', header=True), binascii.a2b_qp('=C3=A9=\r\nx'))
print(binascii.a2b_qp(b'==41 =zz ='), binascii.a2b_qp(data=b'=4'))
t(binascii.a2b_qp, '\xe9')
t(binascii.b2a_qp, 'text')
print(sorted(n for n in dir(binascii) if not n.startswith('_')))
