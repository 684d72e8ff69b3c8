class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("A.__eq__")
        return isinstance(o, A) and self.v == o.v
print(A(1) != A(1), A(1) != A(2))
class B:
    def __eq__(self, o): return NotImplemented
b = B()
print(b != b, b != B())
class Both:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(Both() == 1, Both() != 1)
class S(A):
    def __eq__(self, o):
        print("S.__eq__")
        return True
print(A(1) == S(2))
print(S(2) == A(1))
print(1 == A(1))
class R:
    def __eq__(self, o):
        print("R.__eq__", type(o).__name__)
        return NotImplemented
print(R() == 3)
print(3 == R())
print([A(1)] == [A(1)])
print(A(1) in [A(0), A(1)])
x = A(5)
print(x in [x], [x] == [x])
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
print((1, 2) == (1, 2), (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
print({"a": 1} == {"a": 1.0}, {1, 2} == {2, 1}, frozenset([1]) == {1})
print(None == None, None is None, None != 0)
