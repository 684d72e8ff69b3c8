# io.StringIO and io.BytesIO: appends, overwrites, writes past the end, seek/tell,
# truncate, newline translation, iteration and closed-stream errors, mixed in the orders
# that exercise the buffered-append fast paths.
import io

def show(*a):
    print(*[repr(x) for x in a])

s = io.StringIO()
for i in range(5):
    s.write('line %d\n' % i)
show(s.tell(), s.getvalue())
s.seek(5)
show(s.write('X'), s.tell(), s.read(3), s.tell())
s.write('YY')
show(s.getvalue(), s.tell())
s.seek(0, 2)
s.write('end')
s.seek(0)
show(s.readline(), s.readline(2), s.readline(), list(s))
show(s.read(), s.tell())
s.seek(100)
show(s.write('far'), s.tell(), len(s.getvalue()), s.getvalue()[-5:])
show(s.truncate(10), s.tell(), s.getvalue())
s.seek(3)
show(s.truncate(), s.getvalue(), s.tell())
show(s.write('abc'), s.getvalue())
s.seek(0)
show(s.truncate(0), s.getvalue(), s.write('new'), s.getvalue(), s.tell())

s = io.StringIO('initial\ntext')
show(s.tell(), s.read(4), s.write('!'), s.getvalue(), s.tell())
for line in io.StringIO('a\nb\n\nc'):
    show(line)
show(io.StringIO('xé\nyé').readlines(), io.StringIO('é' * 5).read(2))

for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO(newline=nl)
    s.write('a\nb\r\nc\rd')
    show(nl, s.getvalue(), s.tell(), s.newlines)
    s.seek(0)
    show(list(s))
s = io.StringIO('x\r\ny', newline=None)
show(s.getvalue(), s.newlines)

class Sub(str):
    pass
s = io.StringIO()
show(s.write(Sub('sub')), type(s.getvalue()))
for bad in (b'x', 1, None):
    try:
        s.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
s.close()
for op in (s.getvalue, s.tell, lambda: s.write('x'), s.read, lambda: next(s)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
show(s.closed)
with io.StringIO() as s:
    print('hello', 'world', file=s)
    print(1, 2, sep='-', end='!', file=s)
    show(s.getvalue())

b = io.BytesIO()
for i in range(5):
    b.write(b'row %d\n' % i)
show(b.tell(), b.getvalue())
b.seek(2)
show(b.write(bytearray(b'ZZ')), b.write(memoryview(b'Q')), b.getvalue()[:8], b.tell())
b.seek(0, 2)
show(b.write(b'tail'), b.tell())
b.seek(-4, 2)
show(b.read(), b.read())
b.seek(0)
show(b.readline(), list(b)[:2], b.tell())
b.seek(50)
show(b.write(b'!'), len(b.getvalue()), b.getvalue()[-3:])
show(b.truncate(4), b.getvalue(), b.tell())
show(b.write(b'more'), b.getvalue())
b = io.BytesIO(b'abc')
show(b.tell(), b.write(b'X'), b.getvalue(), b.read())
try:
    b.write('str')
except TypeError as e:
    print(type(e).__name__, e)
b.close()
try:
    b.write(b'x')
except ValueError as e:
    print(type(e).__name__, e)
