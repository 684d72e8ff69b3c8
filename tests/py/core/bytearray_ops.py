# bytearray: a mutable bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba.append(33)
ba.extend(b" world")
print(ba, ba.decode())
ba[1:5] = b"EY"
print(ba)
del ba[0]
del ba[-6:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.insert(100, 90)
ba.reverse()
print(ba, ba.count(b"Y"), ba.find(b"E"), ba.index(65), 90 in ba)
ba.remove(90)
print(ba, ba.upper(), ba.lower(), ba.replace(b"E", b"eee"), ba + b"++", ba * 2)
ba += b"tail"
print(ba, bytes(ba), bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(range(5)))
z = bytearray(10)
for i in range(len(z)):
    z[i] = i * 25
print(z, list(z), z.hex(), sum(z))
z[::2] = b"\x01" * 5
print(list(z))
z[2:8] = b""
print(list(z), z == bytearray([1, 25, 1, 225]), z == bytes([1, 25, 1, 225]))
buf = bytearray()
for word in ("alpha", "beta", "gamma"):
    buf += word.encode() + b";"
print(buf, buf.split(b";"), buf.strip(b";"), buf.startswith(b"alpha"))
buf.clear()
print(buf, len(buf), bytearray(b"x").copy(), bytearray(b"abc") < bytearray(b"abd"))
for bad in (lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"").pop(), lambda: bytearray(b"a").remove(9)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
