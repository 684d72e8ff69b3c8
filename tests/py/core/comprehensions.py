# List, set, dict comprehensions and generator expressions: nesting, conditions, scoping.
print([x * x for x in range(10)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [c.upper() for c in "abc" if c != "b"])
print(sorted({x % 4 for x in range(100)}), {n: n ** 3 for n in range(5)}, {k: v for k, v in zip("ab", "xy")})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), list(x for x in "hey"))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[::-1] for row in matrix], [[row[c] for row in matrix] for c in range(3)])
print([y for row in matrix for y in row if y % 2], [[y for y in row if y > 4] for row in matrix])
print(["even" if i % 2 == 0 else "odd" for i in range(4)], [i if i > 1 else -i for i in range(4)])
x = "outer x"
squares = [x for x in range(3)]
print(x, squares)
base = 10
print([base + i for i in range(3)], [[base * j + i for i in range(2)] for j in range(2)])
def make():
    k = 5
    return [k * i for i in range(3)], {i: k for i in range(2)}, list(k + i for i in range(2))
print(make())
words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words}, sorted({len(w) for w in words}), [w for w in words if "o" in w])
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(pairs)
gen = (i * 2 for i in range(5))
print(next(gen), next(gen), list(gen), list(gen))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([n for sub in nested for n in sub], [len(sub) for sub in nested if sub])
print([(i, j) for i in range(3) if i for j in range(3) if j != i])
print([[0 for _ in range(2)] for _ in range(2)], [f(3) for f in (abs, str, float)])
print([v for v in [(i, j) for i in range(2) for j in range(2)]], [list(range(n)) for n in range(4)])
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), set(c for c in "abcabc") == {"a", "b", "c"})
