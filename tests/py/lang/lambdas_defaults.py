sq = lambda x: x * x
print(sq(4), (lambda: "nullary")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda a, b=2, *, c=3: (a, b, c))(1, c=0))
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fs = {name: (lambda n: lambda x: x + n)(i) for i, name in enumerate("abc")}
print(fs["c"](10))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
y = 10
def make(v=y): return v
y = 20
print(make())
def mutable_default(x, acc={}):
    acc[x] = len(acc)
    return acc
mutable_default("a"); print(mutable_default("b"))
print(mutable_default.__defaults__)
def kwonly_default(*, opt=[]): opt.append(1); return opt
kwonly_default(); print(kwonly_default())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (yield x))(1).__class__.__name__ if False else "skip")
print((lambda: (x := 5) + x)())
