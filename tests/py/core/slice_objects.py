# slice objects: attributes, indices(), use with __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2) == slice(1, 2))
for sl in (slice(None), slice(2, None), slice(-3, None), slice(None, None, -1), slice(0, 100, 3), slice(-100, -2)):
    print(sl, sl.indices(10), list(range(10))[sl], "abcdefghij"[sl], tuple(range(10))[sl])
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1], rec[1:2], rec[::3], rec[1:2, 3], rec[..., 1], rec[:, :])
data = list(range(20))
first_half = slice(0, 10)
evens = slice(None, None, 2)
print(data[first_half], data[evens], data[first_half][evens])
data[first_half] = ["x"] * 2
print(data)
try:
    slice(0, 5, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis)
