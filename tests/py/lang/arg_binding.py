def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=9))
print(f(1, 2, 3, 4, 5, 6, e=0, a=7))
for call in [lambda: f(1, b=2, c=3, e=1), lambda: f(1, 2, 3), lambda: f(1, 2, 3, e=1, c=2),
             lambda: f(1), lambda: f(1, 2, 3, e=1, f=2, **{"f": 3})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []))
def h(*, k): return k
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
def k(a, b=2, *, c=3): return a, b, c
print(k(1), k(1, c=9), k(b=5, a=0))
try:
    k()
except TypeError as e:
    print("TypeError:", e)
try:
    k(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    k(1, zz=3)
except TypeError as e:
    print("TypeError:", e)
def order(a, b):
    return a, b
def v(x):
    print("eval", x)
    return x
print(order(v(1), b=v(2)))
print(order(*[v(3)], **{"b": v(4)}))
class M:
    def m(self, a): return a
try:
    M().m()
except TypeError as e:
    print("TypeError:", e)
try:
    M().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=1, y=2))
