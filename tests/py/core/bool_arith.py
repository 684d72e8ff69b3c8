# bool is an int subclass: arithmetic, printing, and comparisons.
print(True + True, True * 10, False - True, True / 2, True // 2, -True, ~True, ~False)
print(True == 1, False == 0, True is True, True + 0.5, True ** 10, 2 ** True)
print(sum([True, False, True, True]), max(True, 0), min(False, -1))
print(True & False, True | False, True ^ True, False ^ True, True & 3, 6 | True)
print(type(True & False).__name__, type(True + False).__name__, type(True & 1).__name__)
print(str(True), repr(False), int(True), float(False), bool(0), bool(-1), bool(0.0), bool(""))
print(bool([]), bool([0]), bool(()), bool({}), bool(None), bool("False"))
print(not True, not 0, not "", not [1])
print(True > False, True >= 1, False < 0.5, [True, 1, 1.0].count(1))
d = {1: "one"}
d[True] = "true"
print(d, len(d))
print(isinstance(True, bool), isinstance(1, bool), issubclass(bool, int))
print(f"{True}", f"{True:d}", f"{False!r}", "%d %s" % (True, False), format(True, ">6"))
print(1 < 2 == True, (1 < 2) == True, 3 > 2 > 1)
print([x for x in range(10) if x % 3 == 0 and True or x == 1])
print(None or 0 or "" or "last", 1 and 2 and 3, 1 and 0 and 3, None and 1)
