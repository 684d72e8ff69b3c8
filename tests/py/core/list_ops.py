# Lists: building, indexing, operators, comparison, nesting, aliasing.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[:-2], a[::2], a[::-1], a[5:1:-1], a[-100:100])
print(a + [0], [0] * 4, [[0] * 2] * 2, 4 in a, 7 not in a, a.count(1), a.index(5))
b = a
b.append(100)
c = a[:]
c.append(200)
print(a is b, a == c, a is c, len(a), len(c))
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(grid, alias)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, [2, 3]] == [1, [2, 3]])
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"k": 1, "j": 2}), list(x * x for x in range(4)))
nums = []
for i in range(10):
    nums.append(i * i)
print(nums, sum(nums), max(nums), min(nums), sorted(nums, reverse=True)[:3])
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(3)]
print(t, [x for row in m for x in row], list(zip(*m)))
nested = [1, [2, [3, [4, [5]]]]]
depth = 0
cur = nested
while isinstance(cur, list):
    depth += 1
    cur = cur[-1]
print(depth, cur, nested[1][1][1][1][0])
x = [1, 2, 3]
x += [4]
x *= 2
print(x, x.__len__(), x.__getitem__(2), [1, 2] * 0, [None] * 3)
stack = []
for ch in "(()(()))":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
print("balanced", stack == [])
