def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "kind": "pt", "show": lambda self: f"P({self.v})"})
p = Point(3)
print(p.show(), Point.kind, Point.__name__, type(p).__name__)
Sub = type("Sub", (Point,), {})
print(Sub(4).show(), Sub.__mro__[1].__name__)
print(type(p) is Point, type(Point) is type)
print(type(1), type("s"), type(type))
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
E = type("E", (Exception,), {"code": 7})
try:
    raise E("boom")
except E as e:
    print(type(e).__name__, e, e.code)
print(Point.__qualname__, Point.__module__)
