# Buffer exports: a bytearray or array.array exported to a memoryview cannot resize
# until the view is released (explicitly, by `with`, or when it becomes garbage).
import array

def show(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b'abc')
v = memoryview(ba)
show('append', lambda: ba.append(1))
show('extend', lambda: ba.extend(b'xy'))
show('iadd', lambda: ba.__iadd__(b'x'))
show('imul', lambda: ba.__imul__(2))
show('imul1', lambda: ba.__imul__(1))
show('insert', lambda: ba.insert(0, 1))
show('pop', lambda: ba.pop())
show('remove', lambda: ba.remove(97))
show('clear', lambda: ba.clear())
show('del item', lambda: ba.__delitem__(0))
show('del slice', lambda: ba.__delitem__(slice(0, 2)))
show('del step', lambda: ba.__delitem__(slice(None, None, 2)))
show('grow slice', lambda: ba.__setitem__(slice(0, 1), b'xyz'))
show('same slice', lambda: ba.__setitem__(slice(0, 1), b'X'))
show('step slice', lambda: ba.__setitem__(slice(0, 3, 2), b'PQ'))
show('item', lambda: ba.__setitem__(1, 66))
show('init', lambda: ba.__init__(b'zz'))
show('reverse', lambda: ba.reverse())
print(ba, v.tobytes())
sub = v[1:]
v.release()
show('append with sub-view', lambda: ba.append(1))
sub.release()
show('append released', lambda: ba.append(1))
print(ba)

with memoryview(ba) as w:
    show('in with', lambda: ba.pop())
show('after with', lambda: ba.pop())

empty = bytearray()
e = memoryview(empty)
show('empty append', lambda: empty.append(1))
show('empty clear', lambda: empty.clear())
e.release()

# A view nobody holds any more lets go of its export, as with CPython's refcounting.
def temp_view(b):
    return bytes(memoryview(b)[1:2])

ba2 = bytearray(b'xyz')
print(temp_view(ba2))
ba2.append(0x21)
memoryview(ba2)[0] = 0x58
ba2.extend(b'??')
print(ba2)

def peek(b):
    return memoryview(b)[0]

for op in (lambda: ba2.__delitem__(-1), lambda: ba2.pop(-1), lambda: ba2.insert(-1, 35),
           lambda: ba2.__setitem__(slice(-2, None), b'')):
    peek(ba2)
    op()
    print(ba2)

a = array.array('i', [1, 2, 3])
m = memoryview(a)
show('array append', lambda: a.append(4))
show('array extend', lambda: a.extend([4]))
show('array pop', lambda: a.pop())
show('array frombytes', lambda: a.frombytes(b'\x00' * 4))
show('array del', lambda: a.__delitem__(0))
show('array setitem', lambda: a.__setitem__(0, 7))
show('array same slice', lambda: a.__setitem__(slice(0, 1), array.array('i', [8])))
show('array imul', lambda: a.__imul__(2))
show('array byteswap', lambda: a.byteswap())
a.byteswap()
print(a, m.tolist())
m.release()
a.append(4)
print(a)
print(bytes(memoryview(a)[:1]) == bytes(array.array('i', [8])))
a.append(5)
print(a)
