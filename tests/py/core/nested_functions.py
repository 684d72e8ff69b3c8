# Nested function definitions, functions as values, simple decorators.
def make_logger(prefix):
    def log(msg):
        return "[" + prefix + "] " + msg
    return log
info, warn = make_logger("info"), make_logger("warn")
print(info("started"), warn("low disk"), make_logger("x")("y"))
def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print("  %s%r -> %r" % (fn.__name__, args, result))
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
add(2, 3)
fact(4)
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def repeat(times):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(times)]
        return run
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
def apply_all(fs, x):
    return [f(x) for f in fs]
print(apply_all([abs, str, lambda v: v * 2], -4), apply_all([len, sorted], "cab"))
def outer(n):
    def inner(m):
        def innermost(k):
            return n * 100 + m * 10 + k
        return innermost
    return inner
print(outer(1)(2)(3), [outer(i)(i)(i) for i in range(4)])
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), [registry[k]() for k in sorted(registry)])
