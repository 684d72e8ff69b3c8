class V:
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
class I:
    def __index__(self): return 2
cases = [lambda: V() * "s", lambda: "s" * V(), lambda: [1] * V(), lambda: V() * (1,),
         lambda: b"x" * V(), lambda: bytearray(b"x") * V(), lambda: "a" * "b",
         lambda: [1] * 1.5, lambda: object() * "s", lambda: V() * V(), lambda: V() * 3]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print("ab" * I(), [0] * I(), I() * (1,))
x = "q"
try:
    x *= V()
except TypeError as e:
    print("TypeError:", e)
y = [1]
try:
    y *= 2.0
except TypeError as e:
    print("TypeError:", e)
