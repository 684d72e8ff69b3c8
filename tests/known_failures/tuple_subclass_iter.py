# tuple() and unpacking of a tuple subclass must use its __iter__ override (CPython
# iterates every object that is not exactly a tuple). taipan copies the items directly.
class T(tuple):
    def __iter__(self):
        yield from super().__iter__()
        yield 'extra'

t = T((1, 2))
print(tuple(t))
print(list(t))
a, b, c = t
print(a, b, c)
