class ViaIter:
    def __iter__(self):
        print("iterating")
        yield from [1, 2, 3]
class ViaGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i > 2: raise IndexError
        return i * 10
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
print(2 in ViaIter())
print(10 in ViaGetitem())
print(99 in ViaGetitem())
try:
    1 in ContainsNone()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __contains__(self, x): return [1]
print(3 in Truthy(), 3 not in Truthy())
print("a" in "cat", "" in "x", 1 in {1: 2}, 2 in {1: 2}, (1, 2) in {(1, 2)}, 3 in range(5), 5 in range(0, 10, 2))
try:
    [] in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError:", e)
