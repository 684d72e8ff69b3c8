class C:
    x = 1
    y = x + 1
    lst = [x] * 2
    try:
        comp = [x for _ in range(2)]
    except NameError as e:
        comp = "NameError: " + str(e)
    gen_first = [i * y for i in range(3)]
    def m(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
    del lst
    if True:
        cond = "cond"
    for loop_var in range(2):
        pass
print(C.y, C.comp, C.gen_first, C().m(), hasattr(C, "lst"), C.cond, C.loop_var)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
def f():
    v = "enclosing"
    class K:
        v = "class"
        def get(self): return v
        w = v
    return K().get(), K.w
print(f())
class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1
        self.n = Counter.n * 10
a, b = Counter(), Counter()
print(Counter.n, a.n, b.n)
class Ret:
    print("class body runs at definition")
    val = __name__
    qual = __qualname__
print(Ret.val, Ret.qual, Ret.__module__)
class Outer:
    class Inner:
        print("inner qual", __qualname__)
