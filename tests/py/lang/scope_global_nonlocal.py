g = 0
def set_g():
    global g
    g = 10
set_g(); print(g)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c(); print(c())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner set"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def outer2():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return mid(), x
print(outer2())
def glob_in_nested():
    g = "local g"
    def inner():
        global g
        g = "global from inner"
    inner()
    return g
print(glob_in_nested(), g)
class K:
    global g
    g = "set in class"
print(g)
def class_in_func():
    v = "fv"
    class In:
        w = v
        def m(self): return v
    return In.w, In().m()
print(class_in_func())
x = "module"
class C2:
    x = "class"
    def m(self): return x
    y = [x for _ in range(1)]
print(C2().m(), C2.y)
def loop_closures():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [f() for f in gs]
print(loop_closures())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
def uses_global_later():
    def f(): return later
    return f
fn = uses_global_later()
later = "defined later"
print(fn())
def nl_two():
    a = 0
    def f():
        nonlocal a
        def g():
            nonlocal a
            a += 5
        g(); a *= 2
    f(); return a
print(nl_two())
