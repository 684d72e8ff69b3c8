# Truth values of everything, and short-circuit evaluation.
values = [0, 1, -1, 0.0, 0.1, -0.0, 0j, 1j, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), {0},
          range(0), range(1), None, True, False, b"", b"\x00", bytearray(), frozenset()]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no", not v)
class Empty:
    pass
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, f):
        self.f = f
    def __bool__(self):
        print("  __bool__ called")
        return self.f
print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Flag(False)), bool(Flag(True)))
def noisy(x):
    print("  eval", x)
    return x
print(noisy(0) and noisy(1))
print(noisy(1) and noisy(2))
print(noisy(0) or noisy(""))
print(noisy(3) or noisy(4))
print(noisy(None) or noisy(0) or noisy([]) or "default")
if Flag(True) and not Flag(False):
    print("both flags behaved")
x = []
print(x or "empty", x and "nonempty", [1] or "unused", 0 or None, "" and 1)
n = 0
while not n >= 3:
    n += 1
print(n, all([]), any([]), all([1, "a", [0]]), any([0, "", None, 0.0]))
