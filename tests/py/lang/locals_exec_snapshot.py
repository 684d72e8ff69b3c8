def f():
    exec("z = 3")
    return "z" in locals(), locals().get("z")
print(f())
def g():
    a = 1
    d = locals()
    b = 2
    print(sorted(d), d is locals(), sorted(d))
    exec("c = a + b")
    print(sorted(locals()), locals()["c"])
    del a
    print(sorted(locals()))
g()
def h(x):
    def inner():
        return x
    exec("y = x * 2")
    return sorted(locals())[:3], inner()
print(h(4))
def k():
    ns = {}
    exec("w = 7", globals(), ns)
    return ns, "w" in locals()
print(k())
def gen():
    v = 1
    yield sorted(locals())
    exec("extra = 2")
    yield sorted(locals())
print(list(gen()))
class C:
    exec("attr = 5")
    names = sorted(n for n in locals() if not n.startswith("__"))
print(C.attr, C.names)
