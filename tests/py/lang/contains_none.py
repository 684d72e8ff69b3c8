class C:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in C()
except TypeError as e:
    print(e)
