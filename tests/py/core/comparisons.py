# Comparisons: chained, mixed numeric types, sequences, and errors.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 1 < 2 != 3, 5 > 4 >= 4 > 3)
def val(x):
    print("  val", x)
    return x
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 == 1.0, 2 ** 53 == 2 ** 53 + 0.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 < 1, -1 < -0.5, 10 ** 30 > 1e29)
print(1 == 1 + 0j, 3 < 3.0000001, float("inf") > 10 ** 400, 10 ** 400 > 1e308, float("nan") < 1, float("nan") >= 1)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [3] > [2, 9, 9], [] == [], [1, [2]] < [1, [3]], (1, "a") < (1, "b"))
print("abc" < "abd", "a" < "ab", "B" < "a", "" == "", "10" < "9", ("a",) == ("a",), [1] == (1,))
print(None == None, None is None, None != 0, [] != (), {1: 2} == {1: 2.0}, {1, 2} == frozenset([2, 1]))
a = [1, 2]
print(a == [1, 2], a is a, a is not [1, 2], a != [2, 1], sorted([[2], [1, 5], [1], []]))
for x, y in ((1, "1"), ([1], (1,)), (None, 0), ({}, [])):
    print(repr(x), repr(y), x == y, x != y)
for x, y in ((1, "a"), ([1], (1,)), (None, 0), ({}, {})):
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError:", e)
print(max(3, 3.0), min(3.0, 3), max([1, 2], [1, 2, 0]), min("b", "ab"), max(True, 1), max(1, True))
x = 5
print(0 < x < 10, 0 < x < 3, x in (1, 5) == True, (x in (1, 5)) == True, not x == 5, not (x > 3 and x < 4))
