# pickle of user classes: __reduce__/__reduce_ex__/__getstate__/__setstate__/
# __getnewargs__(_ex)__, copyreg, dispatch tables, persistent ids, streams; and copy.
import pickle, copyreg, copy, io

class Plain:
    def __init__(self, a):
        self.a = a
        self.items = [a, a]

class Reduced:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def __reduce__(self):
        return (Reduced, (self.x,), {'y': self.y})

class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx.make, (proto,))
    @staticmethod
    def make(proto):
        r = ReducedEx(); r.proto = proto; return r

class Stateful:
    def __init__(self):
        self.secret = 'pw'; self.n = 1
    def __getstate__(self):
        d = self.__dict__.copy(); del d['secret']; return d
    def __setstate__(self, st):
        self.__dict__.update(st); self.secret = None

class Tagged(tuple):
    def __new__(cls, items, tag):
        t = tuple.__new__(cls, items); t.tag = tag; return t
    def __getnewargs__(self):
        return (tuple(self), self.tag)

class KwOnly:
    def __new__(cls, *, size):
        o = object.__new__(cls); o.size = size; return o
    def __getnewargs_ex__(self):
        return (), {'size': self.size}

class Slots:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = 1; self.__b = 2
    def get(self):
        return self.a, self.__b

class Items:
    def __init__(self):
        self.log = []
    def __reduce__(self):
        return (Items, (), None, iter([1, 2]), iter([('k', 'v')]))
    def append(self, x):
        self.log.append(x)
    def extend(self, xs):
        self.log.extend(xs)
    def __setitem__(self, k, v):
        self.log.append((k, v))

class Setter:
    def __reduce__(self):
        return (Setter, (), {'v': 5}, None, None, Setter.apply)
    @staticmethod
    def apply(obj, state):
        obj.applied = state['v']

class Node:
    def __init__(self, name):
        self.name = name; self.children = []; self.parent = None

class Nested:
    class Inner:
        pass

def describe(o):
    return {k: v for k, v in sorted(vars(o).items())} if hasattr(o, '__dict__') else o

for proto in (0, 2, 3, 4, 5):
    print('--- protocol', proto)
    d = pickle.dumps(Plain(3), proto); print(d)
    p = pickle.loads(d); print(type(p).__name__, describe(p))
    d = pickle.dumps(Reduced(1, 2), proto); print(d)
    print(describe(pickle.loads(d)))
    print(pickle.loads(pickle.dumps(ReducedEx(), proto)).proto)
    s = pickle.loads(pickle.dumps(Stateful(), proto)); print(describe(s))
    t = pickle.loads(pickle.dumps(Tagged([1, 2], 'z'), proto)); print(t, t.tag, type(t).__name__)
    if proto >= 2:
        d = pickle.dumps(KwOnly(size=7), proto); print(d)
        print(pickle.loads(d).size)
        sl = pickle.loads(pickle.dumps(Slots(), proto)); print(sl.get())
    it = pickle.loads(pickle.dumps(Items(), proto)); print(it.log)
    print(pickle.loads(pickle.dumps(Setter(), proto)).applied)
    print(pickle.dumps(Nested.Inner, proto))
    root = Node('root'); kid = Node('kid'); kid.parent = root; root.children.append(kid)
    r = pickle.loads(pickle.dumps(root, proto)); print(r.children[0].parent is r, r.children[0].name)

# copyreg registration and a private dispatch table
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(p):
    return (Point, (p.x, p.y))
copyreg.pickle(Point, reduce_point)
d = pickle.dumps(Point(1, 2)); print(d); print(describe(pickle.loads(d)))
del copyreg.dispatch_table[Point]
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dispatch_table = {Point: lambda p: (Point, (p.y, p.x))}
pk.dump(Point(1, 2)); print(f.getvalue(), describe(pickle.loads(f.getvalue())))

# persistent ids
class DB(pickle.Pickler):
    def persistent_id(self, obj):
        return ('row', obj.x) if isinstance(obj, Point) else None
class DBLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded %s %d' % pid
f = io.BytesIO(); DB(f, 4).dump([Point(7, 0), 'x']); print(f.getvalue())
print(DBLoad(io.BytesIO(f.getvalue())).load())
f = io.BytesIO(); DB(f, 0).dump(Point(5, 0)); print(f.getvalue())
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

# reducer_override and a restricting find_class
class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (complex, (obj.x, obj.y))
        return NotImplemented
f = io.BytesIO(); Override(f).dump([Point(1, 2), 3]); print(pickle.loads(f.getvalue()))
class Safe(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))
print(Safe(io.BytesIO(pickle.dumps({1}, 4))).load())
try:
    Safe(io.BytesIO(pickle.dumps(Point(1, 1)))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

# several pickles in one stream, memo across dumps
f = io.BytesIO()
shared = ['s']
p = pickle.Pickler(f)
p.dump(shared); p.dump(shared); p.clear_memo(); p.dump(shared)
pickle.dump({'end': True}, f, 2)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load(), pickle.load(f), f.read())
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)

# copy shares the reduce protocol
s2 = copy.deepcopy(Stateful()); print(describe(s2))
t2 = copy.copy(Tagged([1], 'q')); print(t2, t2.tag)
print(copy.deepcopy(KwOnly(size=3)).size, copy.copy(Slots()).get(), copy.deepcopy(Items()).log)
n = copy.deepcopy(root); print(n.children[0].parent is n, n is not root)
print(describe(copy.copy(Reduced(4, 5))), copy.copy(ReducedEx()).proto)
