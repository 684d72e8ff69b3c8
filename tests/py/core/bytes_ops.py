# bytes: literals, indexing (ints), slicing, operators, methods.
b = b"Hello, bytes\x00\xff"
print(b, len(b), b[0], b[-1], b[:5], b[7:12], b[::-1], b[::3], list(b[:4]), type(b[0]).__name__)
print(b + b"!", b"ab" * 3, b"ll" in b, 72 in b, 300 in [x for x in b], b"" in b)
print(bytes(5), bytes([65, 66, 67]), bytes(range(48, 58)), bytes(b"copy"), bytes("é", "utf-8"), bytes())
print(b"abc" < b"abd", b"abc" == b"abc", b"a" < b"B", b"x" != "x", sorted([b"b", b"a", b"ab"]))
print(b"a,b,,c".split(b","), b"  pad  ".strip(), b"x y  z".split(), b"-".join([b"a", b"b", b"c"]))
print(b"hello".upper(), b"HeLLo".lower(), b"hello world".title(), b"abc".replace(b"b", b"BB"), b"hello".capitalize())
print(b"banana".find(b"an"), b"banana".rfind(b"an"), b"banana".count(b"a"), b"banana".index(b"n"), b"banana".find(97))
print(b"data.bin".endswith(b".bin"), b"data".startswith((b"x", b"d")), b"123".isdigit(), b"abc".isalpha(), b" ".isspace())
print(b"ab".hex(), bytes.fromhex("de ad be ef"), b"\x00\x10\xff".hex(), b"abcdef".hex(":", 2))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"7".zfill(3), b"ab".center(6, b"*"), b"x".ljust(3, b"."))
print(repr(b"\t\n\r\\'\""), repr(b"'"), repr(b"\x80abc"), b"%d" % 5, str(b"x", "ascii"))
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"), b"line1\nline2".splitlines(), b"aXbXc".split(b"X", 1))
total = 0
for byte in b"checksum me":
    total = (total * 31 + byte) % 65521
print(total, sum(b"abc"), max(b"hello"), min(b"hello"), bytes(reversed(b"stressed")))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".removeprefix(b"abc"), b"a\tb".expandtabs(4))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc"[1:2] == b"b", bytes(3) == b"\x00" * 3)
