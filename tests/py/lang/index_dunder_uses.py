# __index__ lets an object stand in for an int: slicing, range, bin/hex/oct, indexing,
# repetition, bytes(), int methods and format().
import operator

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return f"Idx({self.v})"

two, five = Idx(2), Idx(5)
data = list(range(10))
print(data[two], data[two:five], data[::two], "abcdef"[Idx(-1)], (1, 2, 3)[Idx(0)])
print(list(range(five)), list(range(two, five)), range(10)[two], range(0, 20, five)[Idx(3)])
print(bin(five), hex(Idx(255)), oct(Idx(8)), operator.index(two))
print([0] * two, "ab" * Idx(3), two * "x", bytes(Idx(3)), bytearray(two))
print(f"{5:{Idx(4)}}|", "{:>{}}".format("r", Idx(3)))
print(slice(two, five).indices(Idx(4)), data[slice(None, None, Idx(-3))])
d = data[:]
d[two] = "X"
del d[Idx(0)]
d[Idx(1):Idx(3)] = ["s", "t"]
print(d)
print(int.to_bytes(Idx(258), 2, "big"), (255).to_bytes(Idx(1), "little"), round(3.14159, Idx(2)))
print(chr(Idx(65)), "abc".center(Idx(7), "*"), [1, 2, 3].pop(Idx(0)), list(reversed(range(Idx(3)))))
print(pow(Idx(2), Idx(3)) if False else Idx(2).__index__() ** 3)

# A float is never an index, and neither is an object without __index__.
for bad in (2.0, "1", None):
    try:
        data[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    range(2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.index("7")
except TypeError as e:
    print(type(e).__name__, e)

# __index__ must return an int.
class BadIdx:
    def __index__(self):
        return "nope"
for f in (lambda: data[BadIdx()], lambda: range(BadIdx()), lambda: hex(BadIdx())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# bool and int subclasses are indexes already.
class MyInt(int):
    pass
print(data[True], data[MyInt(3)], "abc"[False], range(MyInt(2)))
# Huge indexes.
try:
    data[2**70]
except IndexError as e:
    print(type(e).__name__, e)
print(data[2**70:], data[-2**70:2])
