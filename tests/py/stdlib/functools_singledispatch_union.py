import functools
@functools.singledispatch
def f(x): return "default"
@f.register
def _(x: int | str): return "int or str"
print(f(1), f("a"), f(1.5))
import io
print(hasattr(io, 'BufferedRWPair'), hasattr(io, 'RawIOBase'), hasattr(io, 'TextIOWrapper'))
@f.register(float | None)
def _(x): return "float or None"
print(f(2.5), f(None))
try:
    @f.register
    def _(x: int | "str"): pass
except TypeError as e: print(e)
