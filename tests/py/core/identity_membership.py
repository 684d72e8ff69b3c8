# is / is not / in / not in, and id() compared with itself only.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(a), id(a) != id(c))
print(None is None, True is True, type(1) is int, type(a) is list, type(None) is type(None))
x = object()
print(x is x, x == x, x != object(), isinstance(x, object))
print(2 in [1, 2, 3], 2 in (1, 2), 2 in {2: "v"}, "v" in {2: "v"}, 2 in {2}, 2 in range(3), "b" in "abc")
print([1] in [[1], [2]], (1,) in [(1,)], 1.0 in [1], True in [1], None in [0, ""])
# taipan differs here on purpose: floats are inline values without identity, so two
# separately made NaNs are the same value and `float("nan") in [float("nan")]` is True
# (CPython: False). `nan in [nan]` below agrees with CPython.
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan)
class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("  __contains__", x)
        return x in self.items
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
class It:
    def __iter__(self):
        return iter("xyz")
bag = Bag([1, 2])
print(1 in bag, 5 in bag, 5 not in bag)
print(20 in Seq(), 25 in Seq(), "y" in It(), "q" in It())
s = "hello"
t = s
print(s is t, s == "hel" + "lo", s is not None, t is not s)
