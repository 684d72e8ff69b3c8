# str.format with positional, keyword, attribute and index fields, conversions, nesting.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)

p = Point(3, 4)
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Bob", age=40), "{0} {x}".format(1, x=2), "{}-{k}-{}".format(1, 2, k=3))
print("{0.x},{0.y}".format(p), "{p.x}/{p.y}".format(p=p), "{0!r} {0!s} {0}".format(p))
d = {"a": 1, "key": [10, 20, 30]}
print("{0[a]} {0[key]} {0[key][2]}".format(d), "{d[key][0]}".format(d=d), "{0[1]}{0[0]}".format("xy"))
print("{[0]} {[1]}".format([5, 6], (7, 8)), "{0[-1]}".format({"-1": "neg"}))
print("{!r}".format("s"), "{!a}".format("é"), "{!s:>5}".format(1), "{0!r:^10}".format("x"))
print("{{literal}} {}".format(9), "{{}}".format(), "{:{}}".format(3, 5), "{:{fill}{align}{w}}".format("c", fill="*", align="^", w=7))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:>{w}}".format("r", w=4), "{:,}".format(10 ** 9))
print("{0:b} {0:o} {0:x} {0:#X}".format(2024))
print("{:.3}".format("abcdef"), "{:10.3}|".format("abcdef"), "{0:<{1}}|".format("ab", 5))
fmt = "{:<8}|{:^8}|{:>8}"
for row in (("left", "mid", "right"), (1, 2.5, "x" * 3)):
    print(fmt.format(*row))
print("{a}{b}".format(**{"a": "A", "b": "B"}), "{0}{1}".format(*"xy"))
for bad in ("{0} {1}", "{x}", "{0[3]}", "{", "}"):
    try:
        print(bad.format("only"))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("{} {}".format(*range(2)), "%s" % "{}".format("nested"), "ab".format(), "{0}{0}{0}".format("ha"))
