# __call__ on instances and metaclasses; callable(); functools helpers on callable objects.
import functools

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return (self.calls, args, kw)

c = Counter()
print(c(), c(1, 2, k=3), callable(c), callable(Counter), callable(3), callable(len))
print(list(map(c, "ab")), sorted([3, 1, 2], key=Counter()) if False else "skip")

# A callable used as a decorator (memoize).
class memoize:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        functools.update_wrapper(self, fn)
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]

@memoize
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), fib.__name__, fib.__doc__, type(fib).__name__)

# Instance attribute __call__ is ignored: lookup is on the type.
class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "instance"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ can be any callable, including a staticmethod or another callable object.
class Viaclass:
    __call__ = Counter()
v = Viaclass()
print(v("x")[1][0] is v, v("y")[0])
class Static:
    @staticmethod
    def __call__(x):
        return x * 2
print(Static()(21))

# partial objects and bound methods are callable; calling them passes args through.
p = functools.partial(c, "fixed", k="v")
print(p("more"), p.func is c, p.args, p.keywords)
bm = c.__call__
print(bm("bound")[1], callable(bm))

# A class whose metaclass defines __call__.
class Meta(type):
    def __call__(cls, *a):
        return ("meta-call", cls.__name__, a)
class Factory(metaclass=Meta):
    pass
print(Factory(1, 2))

# Errors from calling non-callables.
for obj in (None, 1, "s", [1], {}):
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
# __call__ raising inside a comprehension propagates.
class Fail:
    def __call__(self, x):
        raise ValueError(f"bad {x}")
try:
    [Fail()(i) for i in range(3)]
except ValueError as e:
    print(type(e).__name__, e)
