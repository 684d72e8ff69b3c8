import io
import sys

s = io.StringIO()
print(s.write("hello\n"), s.write("world"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.read(3), s.read(), repr(s.read()))
print(s.seek(0, io.SEEK_END), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
s = io.StringIO("a\nb\nc")
print(list(s))
s.seek(0)
print(s.readlines())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
s.writelines(["x", "y"])
print(repr(s.getvalue()))
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
out = io.StringIO()
print("a", 1, 2.5, sep="-", end="!\n", file=out)
print("second", file=out)
print(repr(out.getvalue()))
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.getvalue()), s.readlines())
s = io.StringIO("a\r\nb\rc\n", newline="")
print(s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)

b = io.BytesIO(b"line1\nline2\nrest")
print(b.readline(), b.read(3), b.read())
b.seek(0)
print(list(b))
b.seek(0, 2)
b.write(b"++")
print(b.getvalue(), b.tell())
b.seek(-3, io.SEEK_END)
print(b.read())
b.truncate(4)
print(b.getvalue())
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba)
with io.BytesIO() as bb:
    bb.write(b"abc")
    bb.write(bytearray(b"def"))
    print(bb.getvalue())
try:
    io.BytesIO().write("s")
except TypeError as e:
    print("TypeError", e)

print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print(io.open is open)
print(type(sys.stdout) is io.TextIOWrapper)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase))
with open(__file__, "rb") as fh:
    print(type(fh) is io.BufferedReader)
