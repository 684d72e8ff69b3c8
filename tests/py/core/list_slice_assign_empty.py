# Slice assignment on lists that never held an item (no storage allocated yet):
# replacing, deleting and extending through empty slices.
a = []
a[:] = []
print(a)
a[0:0] = ()
print(a)
del a[:]
print(a)
a[5:10] = []
print(a, len(a))
a[:] = [1, 2]
print(a)
b = list()
b[::1] = []
print(b)
c = []
c[:0] = iter([])
c[len(c):] = [3]
print(c)
d = [x for x in ()]
d[-1:] = []
d += []
print(d)
