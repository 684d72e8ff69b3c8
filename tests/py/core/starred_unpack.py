# Starred unpacking in assignment, calls, and displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcde"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
for head, *tail in ([1, 2, 3], "xy", (9,)):
    print(head, tail)
def f(a, b, c, d=0):
    return a + b * 10 + c * 100 + d * 1000
args = [1, 2]
print(f(*args, 3), f(*args, *[3, 4]), f(*"123"[:0], 1, 2, 3), f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, *[2], **{"c": 3}), f(*range(4)))
print([*range(3), *"ab", *(9,)], (*[1, 2], 3), {*[1, 2], *{2, 3}} == {1, 2, 3}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="|")
print(*"abc")
print(*[])
x = [1, 2, 3]
y = [*x, *x]
print(y, [*x] is not x, [*x] == x)
a, b = b, a = 1, 2
print(a, b)
(a, b), c = "xy", 3
print(a, b, c)
[a, [b, c]] = [1, [2, 3]]
print(a, b, c)
for i, (x1, y1) in enumerate([(1, 2), (3, 4)]):
    print(i, x1, y1)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
d = {"x": 1, "y": 2}
k1, k2 = d
print(k1, k2, [*d], [*d.items()], max(*[4, 8, 2]))
