# Closures: counters, captured loop variables, nonlocal, shared cells.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get(), set_(42), get())
def adders():
    return [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders()])
def multipliers():
    fs = []
    for n in range(4):
        fs.append(lambda x: x * n)
    return fs
print([f(10) for f in multipliers()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()()
print(outer())
def accumulate():
    items = []
    def add(item):
        items.append(item)
        return len(items)
    def view():
        return list(items)
    return add, view
add, view = accumulate()
for w in "abc":
    add(w)
print(view(), add("d"), view())
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, dbl)(-4))
print(make_counter.__name__, c1.__name__, callable(c1), callable(5))
