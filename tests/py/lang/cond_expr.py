for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
def side(x):
    print("eval", x)
    return x
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
x = (lambda v: "even" if v % 2 == 0 else "odd")
print([x(i) for i in range(4)])
print([i if i % 2 else -i for i in range(5)])
print([i for i in range(10) if i % 3 == 0 if i > 0])
y = 5
z = y if y > 3 else None or 7
print(z)
print((1 if False else 2) + 10)
print(1 and 2 or 3, 0 and 2 or 3, None or [] or "last", "" and "x")
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print("T" if B(True) else "F", "T" if B(False) else "F")
print(B(True) and "and-result", (B(False) or "or-result"))
print(not B(True))
v = [] if None else {}
print(v)
