# Slicing with steps, slice assignment and deletion.
a = list(range(10))
for s in [(None, None, 2), (1, None, 3), (None, None, -1), (8, 2, -2), (-3, None, None), (2, -2, None),
          (100, None, -1), (None, -100, -1), (5, 5, None), (0, 10, 4), (-1, -10, -3)]:
    print(s, a[slice(*s)])
b = list(range(10))
b[2:5] = ["a", "b"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:] = b[::-1]
print(b)
b[::2] = ["E"] * len(b[::2])
print(b)
b[-3:] = []
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[:]
print(b)
c = list(range(8))
c[5:2:-1] = ["x", "y", "z"]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c[len(c):] = [8, 9]
c[:0] = [-1]
print(c)
d = [1, 2, 3, 4, 5]
d[1:4] = (x * 10 for x in range(2))
print(d)
del d[-1]
d[10:20] = [99]
print(d)
s = "abcdefghij"
t = tuple(range(10))
print(s[::-2], s[1:8:3], t[::3], t[-2::-4], s[-100:3], t[7:100], s[::-1][::-1] == s)
print(a[::-1] == list(reversed(a)), a[len(a):], a[:0], a[3:1])
