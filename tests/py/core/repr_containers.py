# repr of nested containers, strings with quotes, recursive containers.
print(repr([1, [2, [3, [4]]]]), repr((1,)), repr(()), repr([()]), repr(((1, 2),)), repr({}), repr(set()))
print(repr({"a": [1, {"b": (2, 3)}], "c": None}), repr([None, True, False, 1.0, -0.0, 1e100, 1j]))
print(repr(["it's", 'say "x"', "both ' \"", "\n\t\\"]), repr({"key": "val'ue"}), str(["a", 'b']))
print(repr(frozenset()), repr(frozenset([1])), repr({1}), repr([b"x", bytearray(b"y")]), repr(range(3)), repr(slice(1, 2)))
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a, a[2][2][0])
d = {"self": None}
d["self"] = d
print(d)
b = [1]
c = [b, b]
print(c, c[0] is c[1])
nest = [[]]
cur = nest[0]
for i in range(5):
    cur.append([i])
    cur = cur[-1]
print(nest)
outer = {"list": [1, 2], "tuple": (3, [4, {"deep": {5}}])}
print(outer)
x = []
y = [x, [x]]
x.append(y)
print(y, x)
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        return "Node(%r%s)" % (self.v, ", " + repr(self.kids) if self.kids else "")
print(Node(1, [Node(2), Node(3, [Node(4)])]), [Node("s")], {"n": Node(None)})
print(repr("a\x00b"), repr("\x1f"), repr("\u0085"), repr("\U0001f600"), repr("é"))
