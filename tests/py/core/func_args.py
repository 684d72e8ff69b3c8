# Function arguments: defaults, keywords, *args, **kwargs, keyword-only, positional-only.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def total(*args):
    return len(args), sum(args), args
print(total(), total(1), total(1, 2, 3), total(*range(5)), total(*[1, 2], 3, *(4,)))
def opts(**kwargs):
    return sorted(kwargs.items())
print(opts(), opts(a=1), opts(b=2, a=1), opts(**{"x": 1}, y=2))
def everything(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, d=6, e=7))
print(everything(*[10, 20, 30], **{"c": 40, "z": 50}))
def kwonly(a, *, key, reverse=False):
    return sorted(a, key=key, reverse=reverse)
print(kwonly([3, -1, 2], key=abs), kwonly(["bb", "a", "ccc"], key=len, reverse=True))
def posonly(x, y, /, z=0):
    return x * 100 + y * 10 + z
print(posonly(1, 2), posonly(1, 2, 3), posonly(1, 2, z=9))
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def name_clash(x, /, **kw):
    return x, kw
print(name_clash(1, x=2))
def show(*args, sep="-", **kw):
    return sep.join(str(a) for a in args) + ("" if not kw else " " + str(kw))
print(show(1, 2, 3), show("a", "b", sep="+"), show(k=1), show())
def defaults_from_outer(n, scale=10):
    return [i * scale for i in range(n)]
print(defaults_from_outer(3), defaults_from_outer(3, 2), defaults_from_outer(scale=-1, n=2))
def call_with(f, *args, **kwargs):
    return f(*args, **kwargs)
print(call_with(max, 3, 9, 2), call_with(sorted, [3, 1, 2], reverse=True), call_with(greet, "Ed", punct="."))
print(greet.__name__, total.__name__, (lambda: 0).__name__)
