import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.getitem('abcdef', slice(1, 3)))
print(op.index(5), op.length_hint([1, 2]), op.length_hint(iter(range(7))), op.length_hint(object(), 3))
class H:
    def __length_hint__(self): return 4
print(op.length_hint(H()))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul('ab', 2), op.isub(5, 1), op.ior({1}, {2}), op.iconcat([0], [1]))
print(op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(7, 2), op.ixor(7, 2))
g = op.itemgetter(1); print(g([4, 5, 6]), g('xyz'), op.itemgetter(0, 2)('abc'), op.itemgetter('k')({'k': 'v'}))
print(repr(op.itemgetter(1)), repr(op.itemgetter(1, 'a')))
class N: pass
o = N(); o.a = N(); o.a.b = 42; o.c = 'c'
print(op.attrgetter('c')(o), op.attrgetter('a.b')(o), op.attrgetter('c', 'a.b')(o), repr(op.attrgetter('a.b', 'c')))
m = op.methodcaller('split', ',', maxsplit=1); print(m('a,b,c'), repr(m), op.methodcaller('upper')('x'))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=op.itemgetter(1)), max(rows, key=op.itemgetter(0)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), op.__add__ is op.add, op.__getitem__([1, 2], 0))
for bad in [lambda: op.index(1.5), lambda: op.attrgetter(1), lambda: op.methodcaller(1), lambda: op.indexOf([1], 2), lambda: op.concat(1, 2)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(op.call(len, 'abc'))
