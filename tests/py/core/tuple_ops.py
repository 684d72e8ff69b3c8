# Tuples: packing, unpacking, immutability, methods, hashing, comparison.
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t + (6,), t * 2 if len(t) < 3 else t[:2] * 2)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), (1, 2) == (1, 2), (1,) == 1)
a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
print(t.count(3.0), t.index("two"), (1, 2, 1, 1).count(1), (5, 6, 7).index(7))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), ("a", 1) < ("a", 2), () < (0,))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 2), (1, 3), (0, 9)]))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0], hash((1, 2)) == hash((1, 2)), (1, 2) in d or "no")
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
inner = [1]
tt = (inner, 2)
inner.append(99)
print(tt, len(tt[0]))
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean, stats([1]))
pairs = [(i, i * i) for i in range(5)]
for i, sq in pairs:
    print(i, sq, end="; ")
print()
print(tuple(x for x in "hey"), (1, 2, 3)[1:], (0,) * 5, type(()).__name__, type((1)).__name__)
