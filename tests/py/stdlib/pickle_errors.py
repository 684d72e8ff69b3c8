# pickle error messages (PicklingError, UnpicklingError, TypeError...) as CPython 3.11.
import pickle
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def outer():
    def inner(): pass
    return inner
t(lambda: pickle.dumps(outer()))
t(lambda: pickle.dumps(lambda: 1))
t(lambda: pickle.dumps((x for x in [])))
class R:
    def __reduce__(self): return 1
t(lambda: pickle.dumps(R()))
class R2:
    def __reduce__(self): return (1,)
t(lambda: pickle.dumps(R2()))
class R3:
    def __reduce__(self): return (1, ())
t(lambda: pickle.dumps(R3()))
class R4:
    def __reduce__(self): return (list, 1)
t(lambda: pickle.dumps(R4()))
class R5:
    def __reduce__(self): return 'nothere'
try:
    pickle.dumps(R5())
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).split(':')[0][:20], str(e).split(':')[1])
t(lambda: pickle.dumps(1, 6))
t(lambda: pickle.dumps(1, -1))
t(lambda: pickle.loads(b''))
t(lambda: pickle.loads(b'\x80\x04K'))
t(lambda: pickle.loads(b'\x80\x09K\x01.'))
t(lambda: pickle.loads(b'\xff'))
t(lambda: pickle.loads(b'z'))
t(lambda: pickle.loads(b'\x80\x04h\x05.'))
t(lambda: pickle.loads(b'\x80\x04e.'))
t(lambda: pickle.loads(b'\x80\x040.'))
t(lambda: pickle.loads(b'\x80\x04K\x01'))
t(lambda: pickle.loads(b'\x80\x04\x8c\x08builtins\x8c\x03xyz\x93.'))
t(lambda: pickle.dumps(object()))
t(lambda: pickle.dumps(memoryview(b'')))
t(lambda: pickle.HIGHEST_PROTOCOL); t(lambda: pickle.DEFAULT_PROTOCOL)
class S:
    __slots__=('a','b')
s=S(); s.a=1
t(lambda: pickle.dumps(s))
t(lambda: pickle.dumps(s, 1))
t(lambda: pickle.dumps(1j))
t(lambda: pickle.dumps(range(3)))
t(lambda: pickle.dumps(ValueError('x')))
t(lambda: pickle.dumps(ValueError))
t(lambda: pickle.dumps(ValueError, 2))
t(lambda: pickle.dumps(ValueError('x'), 2))
t(lambda: pickle.dumps(len))
t(lambda: pickle.dumps(slice(1,2)))
t(lambda: pickle.dumps(NotImplemented))
t(lambda: pickle.dumps(...))
t(lambda: pickle.dumps(type(None)))
t(lambda: pickle.dumps({1,2}, 2))
t(lambda: pickle.dumps(frozenset(), 3))
t(lambda: pickle.dumps(b'ab', 2))
t(lambda: pickle.dumps(b'', 2))
t(lambda: pickle.dumps(bytearray(b'ab'), 4))
t(lambda: pickle.dumps(bytearray(b'ab'), 5))
t(lambda: pickle.dumps(bytearray(b'ab'), 2))
t(lambda: pickle.dumps([].append))
import collections
t(lambda: pickle.dumps(collections.OrderedDict(a=1)))

t(lambda: issubclass(pickle.PicklingError, pickle.PickleError) and issubclass(pickle.UnpicklingError, pickle.PickleError))
t(lambda: pickle.loads('text'))
t(lambda: pickle.loads(b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.'))
t(lambda: pickle.loads(b'(K\x01t'))
t(lambda: pickle.loads(b'\x80\x02K\x01K\x02\x81.'))
t(lambda: pickle.loads(b'\x80\x02\x82\x07.'))
t(lambda: pickle.loads(b'I12\n.'))
t(lambda: pickle.loads(b'S\'abc\'\np0\n.'))
t(lambda: pickle.loads(b'S"x\n.'))
t(lambda: pickle.Pickler(None))
t(lambda: pickle.Unpickler(1))
t(lambda: pickle.dumps(1, buffer_callback=print, protocol=4))
class Unpicklable:
    def __reduce_ex__(self, proto):
        raise RuntimeError('no way at %d' % proto)
t(lambda: pickle.dumps([Unpicklable()], 3))
class BadState:
    def __getstate__(self):
        raise ValueError('state')
t(lambda: pickle.dumps(BadState()))
class WrongClass:
    def __reduce__(self):
        import copyreg
        return (copyreg.__newobj__, (int,))
t(lambda: pickle.dumps(WrongClass(), 2))
t(lambda: pickle.loads(pickle.dumps(WrongClass(), 0)))
def gen():
    yield 1
t(lambda: pickle.dumps(gen()))
t(lambda: pickle.dumps(gen))
