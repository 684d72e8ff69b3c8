# hash() agrees with ==: numbers of different types, strings, tuples, frozensets.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(1.5) == hash(1.5), hash(complex(3, 0)) == hash(3))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1.0, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(42) == 42, hash(None) == hash(None), hash(()) == hash(()))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(len(s), s)
keys = [1, 1.0, 2, 2.5, "x", (1, 2), (1.0, 2.0), frozenset({1}), None, b"x", 10 ** 20, 1e20]
seen = {}
for k in keys:
    seen.setdefault(k, []).append(type(k).__name__)
print(len(seen), list(seen.values()))
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(%r)" % self.name
table = {Key("Alpha"): 1}
table[Key("ALPHA")] = 2
table[Key("beta")] = 3
print(table, Key("alpha") in table, len(table))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
for unhashable in ([1], {"a": 1}, {1}, bytearray(b"x")):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
o = object()
print(hash(o) == hash(o), {o: 1}[o])
