a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
[x, *y] = (9,)
print(x, y)
(p, (q, *r)) = (1, (2, 3, 4))
print(p, q, r)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[7]], (*"hi",), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"z": 2}, **{"y": 3}))
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
t = *range(2), 5
print(t)
def ret(): return 1, *[2, 3]
print(ret())
l = [0] * 5
l[1:3] = *"ab",
print(l)
def g():
    yield *[1, 2], 3
print(list(g()))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
for src in ["*a = [1]", "a, *b, *c = [1]", "print(*)", "*a"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
x = [10, 20]
print(f"{[*x, *x]}", [*{"k": 1}], dict(**{"a": 1}, b=2))
