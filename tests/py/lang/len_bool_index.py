class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), len(L(7)))
try:
    len(L(-1))
except ValueError as e:
    print("ValueError:", e)
class BL:
    def __len__(self): return "x"
try:
    len(BL())
except TypeError as e:
    print("TypeError:", e)
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
    def __len__(self):
        return 0
print(bool(B(True)), not B(False))
if B(True): print("truthy")
print(B(False) or "other")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], "abcdef"[Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(4)), list(range(Idx(1), Idx(6), Idx(2))))
print(operator_index := Idx(9).__index__())
import operator
print(operator.index(Idx(11)))
print([0] * Idx(3), "ab" * Idx(2))
print(int(Idx(4)) if hasattr(int, "__index__") else "")
class NoIdx: pass
try:
    lst[NoIdx()]
except TypeError as e:
    print("TypeError:", e)
print(bool(0), bool([]), bool(""), bool(None), bool(0.0), bool(()), bool({}))
class Plain: pass
print(bool(Plain()))
