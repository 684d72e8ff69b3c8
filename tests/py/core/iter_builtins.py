# enumerate, zip, map, filter, reversed, iter/next with default.
colors = ["red", "green", "blue"]
print(list(enumerate(colors)), list(enumerate(colors, start=1)), list(enumerate("ab", 10)))
for i, c in enumerate(colors, 1):
    print(i, c)
print(list(zip([1, 2, 3], "abcd")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), range(20, 23))))
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages, dict(zip(names, ages)))
print(list(map(str.upper, colors)), list(map(pow, [2, 3], [3, 2])), list(map(len, colors)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")), list(filter(lambda n: n % 2, range(9))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), "".join(reversed("stressed")))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
it2 = iter(range(3))
print(list(it2), list(it2))
m = map(abs, [-1, -2, -3])
print(next(m), list(m))
z = zip("xy", [1, 2])
print(next(z), list(z), list(z))
e = enumerate("pq")
print(next(e), list(e))
calls = []
def tracked(x):
    calls.append(x)
    return x * 2
lazy = map(tracked, range(5))
print("calls before:", calls)
print(next(lazy), next(lazy), "calls after two:", calls)
vals = iter(["5", "3", "", "7"])
print(list(iter(lambda: next(vals), "")))
print(sorted(map(lambda kv: kv[::-1], {"a": 2, "b": 1}.items())), list(map(int, filter(str.isdigit, "1x2y3"))))
rows = [[1, 2, 3], [4, 5, 6]]
print([sum(col) for col in zip(*rows)], list(map(list, zip(*rows))))
