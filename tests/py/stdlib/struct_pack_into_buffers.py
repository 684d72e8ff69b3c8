# struct.pack_into writes into any writable buffer: bytearray, memoryview slices, array.
import struct, array
ba = bytearray(8)
struct.pack_into("<hh", ba, 2, 1, -1); print(ba)
mv = memoryview(ba)
struct.pack_into(">i", mv, 4, 7); print(ba)
struct.pack_into("<i", mv[2:], 0, 9); print(ba)
a = array.array('i', [0, 0])
struct.pack_into("<i", a, 4, 5); print(a)
for bad in (b"abcd", memoryview(b"abcd"), "str", 5):
    try: struct.pack_into("<b", bad, 0, 1)
    except TypeError as e: print("TypeError:", e)
try: struct.pack_into("<q", mv, 4, 1)
except struct.error as e: print("error:", e)
s = struct.Struct("<H"); s.pack_into(ba, 0, 65535); print(ba[:2])
mv.release()
ba.append(1); print(len(ba))  # pack_into gave its export back
