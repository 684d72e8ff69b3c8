# Sets and frozensets of small ints (printed sorted where order could matter).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= b, a < a | b, a >= {1, 2}, {1, 2} < {1, 2}, a.isdisjoint({9}), a == {4, 3, 2, 1})
print(len(a), 3 in a, 7 in a, {1, 1, 1, 2}, set(), set([3, 3, 1]), set("aab") == {"a", "b"})
s = set()
for i in range(20):
    s.add(i % 7)
print(sorted(s), len(s))
s.discard(3); s.discard(100); s.remove(4)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
popped = s.pop()
print(popped in range(7), len(s))
s.update([10, 11], (12,))
s |= {20}; s &= set(range(15)) | {20}; s -= {10}; s ^= {11, 30}
print(sorted(s))
print(sorted(a.union(b, [100])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 10])))
print(a.issubset(range(10)), a.issuperset([1]), sorted(a.copy()), a.copy() is a)
c = {1, 2, 3}
c.intersection_update({2, 3, 4}); print(sorted(c))
c.difference_update({3}); print(sorted(c))
c.symmetric_difference_update({2, 5}); print(sorted(c))
c.clear(); print(c, len(c))
fs = frozenset([1, 2, 3])
print(sorted(fs), fs | {4} == {1, 2, 3, 4}, type(fs | {4}).__name__, type({4} | fs).__name__, frozenset())
print({fs: "frozen key"}[frozenset([3, 2, 1])], hash(fs) == hash(frozenset((3, 1, 2))), fs == {1, 2, 3})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({x % 5 for x in range(30)}, sorted({(x, -x) for x in range(3)}), {1.0, 1, True})
print(len({1, 2} | {3}), sorted(set(range(10)) - set(range(0, 10, 2))), min({5, 2, 9}), sum({1, 2, 3}))
