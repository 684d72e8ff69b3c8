# Errors from int()/float()/str() conversions and friends, caught and printed.
NONE = None
FIVE = 5
cases = [
    ("int('x')", lambda: int("x")),
    ("int('')", lambda: int("")),
    ("int('1.5')", lambda: int("1.5")),
    ("int('12', 2)", lambda: int("12", 2)),
    ("int(' ')", lambda: int(" ")),
    ("int(None)", lambda: int(None)),
    ("int([1])", lambda: int([1])),
    ("int(1.5, 10)", lambda: int(1.5, 10)),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("int(float('nan'))", lambda: int(float("nan"))),
    ("float('abc')", lambda: float("abc")),
    ("float('')", lambda: float("")),
    ("float('1.2.3')", lambda: float("1.2.3")),
    ("float(None)", lambda: float(None)),
    ("float([])", lambda: float([])),
    ("float(10**400)", lambda: float(10 ** 400)),
    ("complex('1+')", lambda: complex("1+")),
    ("chr(-1)", lambda: chr(-1)),
    ("ord('')", lambda: ord("")),
    ("list(5)", lambda: list(5)),
    ("tuple(None)", lambda: tuple(None)),
    ("dict([1, 2])", lambda: dict([1, 2])),
    ("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)])),
    ("bytes('x')", lambda: bytes("x")),
    ("'a' + 1", lambda: "a" + 1),
    ("1 + 'a'", lambda: 1 + "a"),
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("'x' * 'y'", lambda: "x" * "y"),
    ("len(5)", lambda: len(5)),
    ("iter(5)", lambda: iter(5)),
    ("None()", lambda: NONE()),
    ("5[0]", lambda: FIVE[0]),
    ("abs('x')", lambda: abs("x")),
    ("-'x'", lambda: -"x"),
    ("round('x')", lambda: round("x")),
    ("hex(1.5)", lambda: hex(1.5)),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("sum([1, 'a'])", lambda: sum([1, "a"])),
    ("str(b'x', 'bogus')", lambda: str(b"x", "bogus")),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, "=>", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print(int("  12  "), float(" -1.5 "), int("-0"), float("+inf"), int(True), str(1.0), str(10 ** 3))
