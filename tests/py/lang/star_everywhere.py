# Star and double-star unpacking everywhere the grammar allows it.
def f(*args, **kwargs):
    return args, kwargs

a = [1, 2]
t = (3,)
d1 = {"x": 1}
d2 = {"y": 2, "x": 10}
print(f(*a, *t, 0, *range(2)))
print(f(**d1, z=3), f(**d1, **{"w": 0}), f(*"ab", **dict(k="v")))
try:
    f(**d1, **d2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, "keywords must be strings" in str(e))
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(0, *5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)

# Displays.
print([*a, *t], (*a, *t), {*a, *t, 1}, [*"hi", *b"\x01"], (*a,), [*()])
print({**d1, **d2}, {**d2, "x": 0}, {"x": 0, **d2}, {**{}}, dict(**d1, q=1))

# Assignment targets.
first, *rest = range(5)
*init, last = "abc"
head, *mid, tail = [1, 2]
(p, *q), r = "xyz", 7
print(first, rest, init, last, head, mid, tail, p, q, r)
[x, [y, *z]] = 1, (2, 3, 4)
print(x, y, z)
for i, *others in [(1, 2, 3), (4,)]:
    print(i, others)
for (k, v), *more in [((1, 2), 3)]:
    print(k, v, more)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a1, b1 = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a1, b1, c1 = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a1, b1 = 5
except TypeError as e:
    print(type(e).__name__, e)

# return / yield with bare star tuples (3.8+), subscripts with stars (3.11).
def ret():
    return *a, *t, 9
def gen():
    yield *a, 0
    yield from (*t, *t)
print(ret(), list(gen()))
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[*a], g[1, *t], g[*a, *t])

# Starred assignment with any iterable on the right, including generators and dicts.
s1, *s2 = (c.upper() for c in "hey")
d_first, *d_rest = {"k1": 1, "k2": 2}
print(s1, s2, d_first, d_rest)

# Syntax errors for misplaced stars.
for src in ("*a = [1]", "a, *b, *c = x", "print(*)", "x = *a", "[*a for a in b]", "del *a, b"):
    try:
        compile(src, "<s>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
