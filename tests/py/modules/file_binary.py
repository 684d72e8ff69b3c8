# Binary files: write bytes, read back whole and in chunks, seek/tell, then remove.
import os  # only for os.remove
path = "/tmp/taipan_golden_file_binary_7b21.bin"
payload = bytes(range(256)) * 4 + b"\x00end"
with open(path, "wb") as f:
    print(f.write(payload), f.write(bytearray(b"++")))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:8], data[-7:], data == payload + b"++", type(data).__name__)
chunks = []
with open(path, "rb") as f:
    while True:
        c = f.read(300)
        if not c:
            break
        chunks.append(len(c))
print(chunks, sum(chunks))
with open(path, "rb") as f:
    f.seek(250)
    print(f.tell(), f.read(10), f.tell())
    f.seek(0)
    print(f.read(3))
checksum = 0
with open(path, "rb") as f:
    for b in f.read():
        checksum = (checksum * 257 + b) % 1000003
print("checksum", checksum)
with open(path, "r+b") as f:
    f.seek(2)
    f.write(b"XY")
with open(path, "rb") as f:
    print(f.read(6))
os.remove(path)
try:
    open(path)
    print("still exists")
except FileNotFoundError:
    print("removed")
