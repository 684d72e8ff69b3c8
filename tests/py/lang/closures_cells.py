def make():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
f = make()
print(f(), f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
print(make.__code__.co_cellvars)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    def get(): return c
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
def gen_closure():
    x = 10
    def g():
        yield x
        yield x + 1
    return g
print(list(gen_closure()()))
def late():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(late())
def class_cell():
    v = "captured"
    class K:
        def m(self): return v
        attr = v
    v = "changed"
    return K().m(), K.attr
print(class_cell())
def lambda_cells():
    return [(lambda n=n: n * n) for n in range(4)]
print([f() for f in lambda_cells()])
def nested_comp():
    y = 3
    return [[x * y for x in range(z)] for z in range(3)]
print(nested_comp())
print(f.__closure__[0].__class__.__name__)
def no_closure(): return 1
print(no_closure.__closure__)
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
