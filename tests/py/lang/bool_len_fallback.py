class OnlyLen:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len called")
        return self.n
print(bool(OnlyLen(0)), bool(OnlyLen(2)))
print("yes" if OnlyLen(1) else "no")
while OnlyLen(0):
    pass
print(not OnlyLen(0))
class Both:
    def __bool__(self):
        print("bool wins")
        return False
    def __len__(self):
        print("never")
        return 1
print(bool(Both()))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)
class HugeLen:
    def __len__(self): return 2**70
try:
    bool(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
class BoolRaise:
    def __bool__(self): raise ValueError("no truth")
try:
    if BoolRaise(): pass
except ValueError as e:
    print("ValueError:", e)
print([x for x in [OnlyLen(0), OnlyLen(3)] if x].__len__())
print(any([OnlyLen(0)]), all([OnlyLen(1)]))
