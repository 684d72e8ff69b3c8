# Chained comparisons evaluate each operand once and short-circuit; walrus in
# conditions, comprehensions and lambdas.
def v(x, log):
    log.append(x)
    return x

log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(1, log), log)
log = []
print(v(1, log) == v(1, log) != v(2, log) in v([2], log) not in v([[1]], log), log)
print(1 < 2 > 1, 1 < 2 > 3, "a" < "b" <= "b" < "c", 0 <= 5 < 10 != 11)
x = 5
print(1 < x < 10, not 1 < x < 3, (1 < x) < 3, 1 < (x < 3))
print(None is None is not False, [] == [] is not None, 2 in [1, 2] in [[1, 2]])

# The middle operand is evaluated once even when it is an expensive call.
class Counter:
    n = 0
    def __call__(self):
        self.n += 1
        return 5
c = Counter()
print(0 < c() < 10, c.n)

# Comparisons return arbitrary objects; chains use truth values.
class Weird:
    def __lt__(self, o):
        return "truthy"
    def __gt__(self, o):
        return ""
print(Weird() < 1, Weird() < 1 < 2, Weird() > 1, Weird() > 1 < 2)

# Walrus in while/if, comprehension filters, and nested functions.
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
total = 0
while (n := next(it, None)) is not None:
    total += n
print(total, n)
if (m := max(data)) > 8:
    print("max", m)
print([y for x in data if (y := x * 2) > 8], y)
print([(w := i) for i in range(3)], w)
print((lambda: (t := 10) + t)())
def f():
    if any((hit := d) > 4 for d in data):
        return hit
print(f())
print((p := 3, p * 2), [q := 1, q + 1])
# Walrus is not allowed in some places.
for src in ("x := 1", "[i := 0 for i in range(2)]", "def f(a := 1): pass", "class A: [(y := 1) for _ in range(1)]",
            "(x.y := 1)"):
    try:
        compile(src, "<w>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
