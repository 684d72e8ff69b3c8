# str.encode and bytes.decode.
for s in ("hello", "café", "日本語", "€100", "emoji 😀", ""):
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s, s.encode("utf-8") == b)
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "abc".encode("ascii"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("café".encode("ascii", "replace"), "café".encode("ascii", "ignore"), "café".encode("ascii", "xmlcharrefreplace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(bytes("abc", "utf-8"), str(b"abc", "ascii"), str(b"abc"), list("hé".encode()))
print(b"\xe2\x82\xac".decode(), "\u20ac".encode())
