class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(0, y): return f"y-axis {y}"
        case Point(x, 0): return f"x-axis {x}"
        case Point(x=xx, y=yy) if xx == yy: return f"diag {xx}"
        case Point(): return "elsewhere"
        case _: return "not a point"
for p in [Point(0, 0), Point(0, 3), Point(2, 0), Point(4, 4), Point(1, 2), 5]:
    print(where(p))
class Sub(Point):
    pass
print(where(Sub(0, 0)))
class Three:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
try:
    match Three():
        case Three(1, 2): pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case int(n): print("int", n)
match "s":
    case str() as s: print("str", s)
