class V:
    def __mul__(self, o): return NotImplemented
try:
    V() * "s"
except TypeError as e:
    print(e)
