# Generator expression and comprehension scoping: the first iterable is evaluated at
# once in the enclosing scope, the rest lazily in the new scope; class bodies; late binding.
def trace(name, value):
    print("evaluating", name)
    return value

g = (x * y for x in trace("outer", [1, 2]) for y in trace("inner", [10, 20]))
print("created")
print(list(g))

# Errors in the first iterable appear immediately; in later ones only when iterated.
try:
    g = (x for x in 5)
except TypeError as e:
    print("immediately:", e)
g = (y for x in [1] for y in 5)
print("created lazily")
try:
    list(g)
except TypeError as e:
    print("lazily:", e)

# Late binding of free variables.
n = 1
g = (x + n for x in range(3))
n = 100
print(list(g))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

# Class bodies: names in the class are not visible inside comprehensions,
# except through the first iterable.
class Config:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    factor = 10
    try:
        scaled = [v * factor for v in base]
    except NameError as e:
        error = str(e)
    pairs = [(a, b) for a in base for b in range(a)] if False else None
print(Config.doubled, Config.error)
try:
    class Bad:
        items = [1, 2]
        nested = [(a, b) for a in items for b in items]
except NameError as e:
    print(type(e).__name__, e)

# The loop variable does not leak; the walrus target does.
x = "outer"
print([x for x in range(3)], x)
total = 0
print([total := total + v for v in range(4)], total)
def in_func():
    [last := v for v in "abc"]
    return last
print(in_func())

# Nested comprehensions see enclosing comprehension variables.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [[row[i] for row in matrix] for i in range(3)])
print({k: [v for v in range(k)] for k in range(3)}, {c for w in ["ab", "bc"] for c in w} == {"a", "b", "c"})

# A generator expression as the sole argument needs no extra parentheses.
print(sum(x * x for x in range(5)), max((len(w), w) for w in "a bbb cc".split()))
try:
    eval("f(x for x in y, 1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
# Generator expressions are exhausted once.
g = (c for c in "ab")
print(list(g), list(g), type(g).__name__, g.__name__, g.__qualname__)
