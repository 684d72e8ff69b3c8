import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        r = fn(*a, **k)
        print("ret", r)
        return r
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        wrapper.__name__ = fn.__name__ + "_x" + str(n)
        return wrapper
    return deco
def tag(label):
    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        fn.label = label
        return fn
    return deco
@trace
def add(a, b=2):
    "adds"
    return a + b
print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__(3, 3))
@tag("outer")
@tag("inner")
def f(): return "f"
print(f(), f.label)
@repeat(3)
def hi(x): return "hi " + x
print(hi("bob"), hi.__name__)
@trace
@repeat(2)
def z(): return 0
z()
counter = {"n": 0}
def count_calls(fn):
    def w(*a):
        counter["n"] += 1
        return fn(*a)
    return w
@count_calls
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), counter["n"])
@functools.lru_cache(maxsize=None)
def fib2(n): return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(50))
decos = {"d": lambda fn: (lambda: fn() * 2)}
@decos["d"]
def seven(): return 7
print(seven())
@(lambda fn: fn.__name__)
def named(): pass
print(named)
