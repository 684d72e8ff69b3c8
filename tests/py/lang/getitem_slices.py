class S:
    def __getitem__(self, k):
        return ("get", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
s = S()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
s[0] = 1
s[1:5:2] = "x"
del s[::-1]
del s[1, 2]
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5))
print(slice(None, 3).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(list(range(10))[sl], "abcdefgh"[slice(None, None, -2)])
l = list(range(6))
l[1:3] = ["a", "b", "c"]
print(l)
l[::2] = [0, 0, 0, 0]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), repr(slice(1, None)))
class Matrix:
    def __init__(self): self.d = {}
    def __getitem__(self, ij): return self.d.get(ij, 0)
    def __setitem__(self, ij, v): self.d[ij] = v
m = Matrix()
m[1, 2] = 5
m[(0, 0)] += 1
m[0, 0] += 1
print(m[1, 2], m[0, 0], m[9, 9], sorted(m.d))
class Neg:
    def __len__(self): return 10
    def __getitem__(self, i): return i
print(Neg()[-1])
