# global statements, module-level state, and lambdas.
count = 0
names = []
def bump():
    global count
    count += 1
def record(name):
    names.append(name)
def rebind():
    global names
    names = ["fresh"]
for _ in range(5):
    bump()
record("a"); record("b")
print(count, names)
rebind()
print(names)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def reads_global():
    return count * 2
print(reads_global())
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(z=1, a=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: len(s) > 2, ["ab", "abc", "abcd"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
print((lambda: "no args")(), (lambda x, /, y: x - y)(5, y=3), (lambda x, *, y: x + y)(1, y=2))
