# itertools: the native iterators (results, reprs, __reduce__, argument errors, subclasses).
import itertools, copy, pickle
from itertools import *
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(type(count()).__module__, count.__name__, type(chain()).__name__)
c = count(); print(next(c), next(c), c, count(5, 2), count(1.5), count(2, 1.0), count(-3))
print(list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
print(count(2**62, 2**62), next(count(2**62, 2**62)), list(islice(count(2**62-1), 3)))
print(count(3).__reduce__(), count(3, 2).__reduce__(), copy.copy(count(7)))
t(lambda: count('a')); t(lambda: count(1, 2, 3))
r = repeat('x', 3); print(r, list(r), r, repeat(1), repeat(None, -2), list(repeat(5, 0)))
print(repeat(2, 4).__length_hint__(), repeat(1).__reduce__(), repeat(1, 2).__reduce__())
t(lambda: repeat(1).__length_hint__()); t(lambda: repeat())
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(chain[int])
t(lambda: list(chain(1, 2)))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
it = iter(range(10)); print(list(islice(it, 3, 5)), next(it))
it = iter(range(10)); print(list(islice(it, 4, 2)), next(it))
t(lambda: islice('a', -1)); t(lambda: islice('a', 1, -1)); t(lambda: islice('a', 0, 1, 0))
t(lambda: islice('a', 'x')); t(lambda: islice('a')); t(lambda: islice('a', 1, 2, 3, 4))
t(lambda: islice(1, 2))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)),
      list(accumulate([3, 1, 4], max)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: a, ['ab', [1]])))
t(lambda: list(starmap(pow, [1])))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest('ab', [1])), list(zip_longest()))
t(lambda: zip_longest('a', foo=1))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('a', [])))
t(lambda: product('a', repeat=-1))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations('ab', 3)),
      list(permutations('ab', 0)), list(permutations([])))
print(len(list(permutations(range(6)))), list(permutations(range(4)))[-5:])
t(lambda: permutations('a', -1)); t(lambda: permutations('a', 'x'))
print(list(combinations('abcd', 2)), list(combinations('ab', 3)), list(combinations('ab', 0)), list(combinations(range(5), 5)))
t(lambda: combinations('a', -1)); t(lambda: combinations('a'))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)),
      list(combinations_with_replacement('', 0)), list(combinations_with_replacement('ab', 0)))
print([(k, list(g)) for k, g in groupby('aaabbcdda')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = list(groupby('aabb')); print([(k, list(g)) for k, g in gs])
g = groupby('aaab'); k, grp = next(g); print(k, next(grp)); k2, grp2 = next(g); print(k2, list(grp), list(grp2))
print(list(groupby([])))
a, b = tee(range(5)); print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3); print(next(a), list(b), list(a), list(c))
print(tee([1], 0)); t(lambda: tee([1], -1)); t(lambda: tee([1], 'a'))
a, b = tee(range(200)); print(sum(a), sum(b))
a, = tee('abc', 1); d = copy.copy(a); print(next(a), list(d), list(a))
a, b = tee(range(3)); c, e = tee(a); print(list(c), list(e), list(b))
print(type(a).__name__)
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])),
      list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, 2, '', 'a'])))
class MyCount(count):
    pass
print(MyCount(3), next(MyCount(3)))
class MyChain(chain):
    pass
print(list(MyChain('ab', 'c')), type(MyChain.from_iterable(['a'])).__name__)
def gen():
    yield 1
    raise ValueError('boom')
t(lambda: list(chain(gen())))
t(lambda: list(islice(gen(), 5)))
t(lambda: list(zip_longest(gen(), [1, 2, 3])))
t(lambda: list(accumulate(gen())))
print(list(zip(count(), 'ab')), sum(islice(count(), 1000)))
print(list(permutations([1,1,2])), list(product(*[range(2)]*3))[:3])
