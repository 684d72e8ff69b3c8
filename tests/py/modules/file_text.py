# open(): write a text file, read it back several ways, append, then remove it.
import os  # only for os.remove
path = "/tmp/taipan_golden_file_text_1f3a.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line with ünïcode ✓\n")
    f.writelines(["third\n", "fourth without newline"])
print("wrote", n)
with open(path) as f:
    data = f.read()
print(repr(data), len(data))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
f = open(path, "a")
f.write("\nappended")
f.close()
print(f.closed)
with open(path) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1], lines[1].upper())
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.read(0)))
try:
    open("/tmp/taipan_golden_definitely_missing_9c2e/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
os.remove(path)
try:
    open(path)
    print("still exists")
except FileNotFoundError:
    print("removed")
