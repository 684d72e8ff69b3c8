class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
    def __radd__(self, o):
        return "radd " + str(o)
print(MyInt(1) + 2, 2 + MyInt(1), MyInt(1) + MyInt(2))
x = 5
x += MyInt(1)
print(x)
class F(float):
    def __rmul__(self, o): return "F rmul"
print(2.0 * F(3.0), 2 * F(3.0), F(3.0) * 2)
class L(list):
    def __radd__(self, o): return "L radd"
print([1] + L([2]))
class Tup(tuple):
    def __add__(self, o): return "Tup add"
print(Tup((1,)) + (2,), (2,) + Tup((1,)))
print(True + True, True * 3, -True, ~False, True & False, True | 0)
print(type(True + 1).__name__, type(True & True).__name__)
print(3 / 2, 3 // 2, -3 // 2, -3 % 2, 3 % -2, divmod(-7, 2), 2 ** -1, (-8) ** (1/3) == (-8) ** (1/3))
print(7.5 // 2, 7.5 % 2, divmod(7.5, 2), -0.0, 0.0 == -0.0)
print(1 + 2j, (1 + 2j) * 1j, abs(3 + 4j), (1 + 2j).conjugate())
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    -"x"
except TypeError as e:
    print("TypeError:", e)
try:
    {} | []
except TypeError as e:
    print("TypeError:", e)
