# memoryview over bytes, bytearray and memoryview: reading, slicing, writing, casting.
import array

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.obj, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tobytes(), bytes(m), m.tolist(), list(m), m.hex(), m.hex(':'), m.hex('-', 2))
print(m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[4:1:-1].tolist())
print(m[::2].strides, m[::2].c_contiguous, m[::-1].strides, m[1:1].tobytes(), len(m[10:]))
print(m[1:5][1:3].tobytes(), m[::2][::-1].tolist(), m[::2].obj is m.obj)
print(m == b'abcdef', m == b'abc', m != b'x', m[::2] == b'ace', b'abcdef' == m, m == m)
print(m == 'abcdef', m == [97, 98], m.tobytes() in {b'abcdef'})
print(hash(m) == hash(b'abcdef'), hash(m[::2]) == hash(b'ace'))
print(memoryview(memoryview(b'xy')).obj, memoryview(memoryview(b'xy')).tobytes())

# writable views over bytearray
ba = bytearray(b'hello world')
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = ord('H')
w[6:11] = b'WORLD'
w[-1] = 33
print(ba)
w[0:5:2] = b'xyz'
print(ba, w[0:3].tobytes())
w[1:3] = memoryview(b'__')
print(ba)
w2 = w[6:]
w2[0] = 0x77
print(ba, w2.tobytes(), w2.toreadonly().readonly)
w.release()
w2.release()
ba.append(0x2e)
print(ba)

# casts
b = bytearray(range(16))
m = memoryview(b)
i = m.cast('i')
print(i.format, i.itemsize, len(i), i.nbytes, i.shape, i.strides, i.tolist())
i[0] = -1
print(b[:4], i[0])
h = m.cast('H')
print(h.tolist()[:4], h[1])
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 3
print(d.tolist(), d.cast('B').tolist()[8:])
c = m.cast('c')
print(c[0], c[1:3].tolist())
c[0] = b'Z'
print(b[0])
grid = memoryview(b'abcdef').cast('B', [2, 3])
print(grid.ndim, grid.shape, grid.strides, grid.tolist(), grid[1, 2], grid[0, -1], len(grid))
print(grid.cast('B').tolist(), grid.cast('c', [6])[5])
zero = memoryview(b'a').cast('B', [])
print(zero.ndim, zero.shape, zero.strides, zero.tolist(), zero[()], zero[...] is zero)
q = memoryview(bytearray(16)).cast('q')
q[0] = -2**63
q[1] = 2**63 - 1
print(q.tolist())
Q = memoryview(bytearray(8)).cast('Q')
Q[0] = 2**64 - 1
print(Q[0], memoryview(b'\x01\x00').cast('?').tolist(), memoryview(b'\xff').cast('b')[0])
f = memoryview(bytearray(4)).cast('f')
f[0] = 0.1
print(f[0], f.format)
print(memoryview(b'ab').cast('@B').format, memoryview(b'abcd').cast('@i').itemsize)

# arrays
a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m[1], m.tolist(), m[::-1].tolist())
m[0] = 10
print(a, m.cast('B').tolist()[:4])
m.release()
a.append(4)
print(a, memoryview(array.array('d', [0.5])).tolist(), memoryview(array.array('u', 'ab')).format)
print(memoryview(a) == array.array('i', [10, 2, 3, 4]), memoryview(a) == array.array('l', [10, 2, 3, 4]))
print(memoryview(array.array('d', [1.0, 2.0])) == memoryview(array.array('i', [1, 2])))
print(memoryview(array.array('d', [float('nan')])) == memoryview(array.array('d', [float('nan')])))

# context manager and repr
with memoryview(bytearray(b'abc')) as v:
    print(v[0], repr(v).startswith('<memory at 0x'))
print(repr(v).startswith('<released memory at 0x'))
v.release()
show('released', lambda: v[0])

# consumers of the buffer protocol
mv = memoryview(b'xyz')
print(bytes(mv), bytearray(mv), b'-'.join([mv, memoryview(bytearray(b'q'))]), b'ab' + mv)
print(bytes(memoryview(b'abcdef')[::2]), b'abc'.startswith(memoryview(b'ab')), memoryview(b'hi').tobytes().decode())
print(bytearray(b'12') + memoryview(b'34'), str(memoryview(b'caf\xc3\xa9'), 'utf-8'), b'%s' % memoryview(b'ok'))
print(bytes(array.array('h', [1, 2])), bytearray(array.array('b', [-1])), b''.join([array.array('B', [65, 66])]))
print(list(memoryview(b'\x00\xff')), 255 in memoryview(b'\x00\xff'), memoryview(b'ab').__len__())
show('mv-sort', lambda: sorted(memoryview(b'cab')))
show('toreadonly-write', lambda: memoryview(bytearray(1)).toreadonly().__setitem__(0, 1))

# binary files write any buffer
import os
path = '/tmp/taipan_memoryview_%d.bin' % os.getpid()
with open(path, 'wb') as fh:
    print(fh.write(memoryview(b'abcdef')[1:4]), fh.write(array.array('h', [1, -1])), fh.write(bytearray(b'!')))
with open(path, 'rb') as fh:
    print(fh.read())
os.remove(path)
